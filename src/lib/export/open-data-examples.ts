import { paths } from '../site/urls.ts';
import { versionLabel, type DataVersion } from '../history/registry-version.ts';

/** The regular expression of the spreadsheet escaping: remove one leading apostrophe from text cells it matches. */
export const escapedCellPattern = "^'+[=+\\-@\\t\\r]";

/** How to cite a version of the data, as one line of text. */
export function citation(version: DataVersion, siteUrl: string): string {
  const year = version.date === 'unknown' ? 'n.d.' : version.date.slice(0, 4);
  const commit = version.commit === 'unknown' ? '' : `, commit ${version.commit}`;
  return `kyzmat contributors (${year}). kyzmat: open registry of state and municipal services of the Kyrgyz Republic [data set], version ${versionLabel(version)}${commit}. ${siteUrl}${paths.dataFile('')}. Licence: CC BY 4.0.`;
}

/** Copy-paste examples for curl, sqlite3, pandas and R, with the site's real addresses. */
export function usageExamples(siteUrl: string, exampleServiceId: string): { title: string; code: string }[] {
  const data = `${siteUrl}${paths.dataFile('')}`;
  return [
    {
      title: 'curl',
      code: [
        `curl -O ${data}services.csv`,
        `curl -O ${data}registry.sqlite`,
        `curl -s ${siteUrl}${paths.apiFile(`services/${exampleServiceId}.json`)}`,
      ].join('\n'),
    },
    {
      title: 'sqlite3 / Datasette',
      code: [
        `sqlite3 registry.sqlite "SELECT s.id, s.name_ru, f.amount, f.currency FROM services s JOIN fees f ON f.service_id = s.id ORDER BY f.amount DESC LIMIT 10"`,
        'datasette registry.sqlite',
      ].join('\n'),
    },
    {
      title: 'Python (pandas)',
      code: [
        'import pandas as pd',
        '',
        `base = "${data}"`,
        'services = pd.read_csv(base + "services.csv", keep_default_na=False, na_values=[""])',
        'fees = pd.read_csv(base + "fees.csv", keep_default_na=False, na_values=[""])',
        '',
        '# Undo the spreadsheet escaping in text columns',
        'text = services.select_dtypes("object").columns',
        `services[text] = services[text].replace(r"^'(?='*[=+\\-@\\t\\r])", "", regex=True)`,
        '',
        'paid = services.merge(fees, left_on="id", right_on="service_id")',
        'print(paid.groupby("level")["amount"].describe())',
      ].join('\n'),
    },
    {
      title: 'R',
      code: [
        'library(readr)',
        '',
        `services <- read_csv("${data}services.csv", na = "")`,
        `fees <- read_csv("${data}fees.csv", na = "")`,
        '',
        '# Undo the spreadsheet escaping in text columns',
        `unescape <- function(x) sub("^'(?='*[=+\\\\-@\\\\t\\\\r])", "", x, perl = TRUE)`,
        'services[] <- lapply(services, function(x) if (is.character(x)) unescape(x) else x)',
        '',
        '# Or, with the Data Package (types and keys included):',
        '# library(frictionless); package <- read_package("' + data + 'datapackage.json")',
      ].join('\n'),
    },
  ];
}
