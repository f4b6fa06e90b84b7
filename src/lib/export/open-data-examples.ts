import { publishedSiteUrl } from '../../site-config.ts';
import { type DataVersion, versionLabel } from '../history/registry-version.ts';
import { paths } from '../site/urls.ts';

/** The regular expression of the spreadsheet escaping: remove one leading apostrophe from text cells it matches. */
export const escapedCellPattern = "^'+[=+\\-@\\t\\r]";

/** The address to cite: the /data/ landing page of the published site (a fork's address is not the data set's). */
export const citedAddress = `${publishedSiteUrl}${paths.dataFile('')}`;

/** How to cite a version of the data, as one line of text. */
export function citation(version: DataVersion): string {
  const year = version.date === 'unknown' ? 'n.d.' : version.date.slice(0, 4);
  const commit = version.commit === 'unknown' ? '' : `, commit ${version.commit}`;
  return `kyzmat contributors (${year}). kyzmat: open registry of state and municipal services of the Kyrgyz Republic [data set], version ${versionLabel(version)}${commit}. ${citedAddress}. Licence: CC BY 4.0.`;
}

/** Copy-paste examples for curl, sqlite3, pandas and R, with the site's real addresses. */
export function usageExamples(siteUrl: string, exampleServiceId: string): { title: string; code: string }[] {
  const data = `${siteUrl}${paths.dataFile('')}`;
  return [
    {
      title: 'curl',
      code: [`curl -O ${data}services.csv`, `curl -O ${data}registry.sqlite`, `curl -s ${siteUrl}${paths.apiFile(`services/${exampleServiceId}.json`)}`].join('\n'),
    },
    {
      title: 'sqlite3 / Datasette',
      code: [
        'sqlite3 registry.sqlite "SELECT * FROM paid_services_without_legal_basis"',
        `sqlite3 registry.sqlite "SELECT s.id, s.name_ru FROM services_fts JOIN services s ON s.rowid = services_fts.rowid WHERE services_fts MATCH 'паспорт*'"`,
        'datasette registry.sqlite --metadata metadata.json',
      ].join('\n'),
    },
    {
      title: 'Python (pandas)',
      code: [
        'import pandas as pd',
        '',
        `base = "${data}"`,
        'services = pd.read_csv(base + "services.csv", keep_default_na=False, na_values=[""], dtype={"id": str})',
        'fees = pd.read_csv(base + "fees.csv", keep_default_na=False, na_values=[""], dtype={"service_id": str})',
        '',
        '# Undo the spreadsheet escaping in text columns',
        'text = services.select_dtypes("object").columns',
        `services[text] = services[text].replace(r"^'(?='*[=+\\-@\\t\\r])", "", regex=True)`,
        '',
        '# Amounts are in their own currency: summarise each currency apart',
        'paid = services.merge(fees, left_on="id", right_on="service_id")',
        'print(paid.groupby(["currency", "level"])["amount"].describe())',
      ].join('\n'),
    },
    {
      title: 'R',
      code: [
        'library(readr)',
        '',
        `services <- read_csv("${data}services.csv", na = "", col_types = cols(id = col_character()))`,
        `fees <- read_csv("${data}fees.csv", na = "")`,
        '',
        '# Undo the spreadsheet escaping in text columns',
        `unescape <- function(x) sub("^'(?='*[=+\\\\-@\\\\t\\\\r])", "", x, perl = TRUE)`,
        'services[] <- lapply(services, function(x) if (is.character(x)) unescape(x) else x)',
        '',
        '# Amounts are in their own currency: summarise each currency apart',
        'aggregate(amount ~ currency, data = fees, FUN = median)',
        '',
        '# Or, with the Data Package (types, keys and allowed values included):',
        `# library(frictionless); package <- read_package("${data}datapackage.json")`,
      ].join('\n'),
    },
  ];
}
