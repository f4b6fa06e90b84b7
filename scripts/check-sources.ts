// Requests every source address of the registry and reports those that no longer open:
// `npm run check-sources [-- <registry folder>] [--results <file>] [--issue <file>] [--timeout <s>]
// [--retry-delay <s>] [--concurrency <n>] [--per-host <n>]`. Exits 1 when some could not be
// reached, 2 when nothing could be checked (an invalid registry or option).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, loadRegistryInParallel, registryRoot } from '../src/lib/registry/index.ts';
import { sourceChecksFile, sourceChecksText } from '../src/lib/registry/source-checks-file.ts';
import { checkAddress } from '../src/lib/sources/check-address.ts';
import { checkAddresses } from '../src/lib/sources/check-addresses.ts';
import { citedAddresses, locateCited } from '../src/lib/sources/cited-addresses.ts';
import { brokenLines, type CheckedCitation, deadSourcesIssue, movedLines, sourceCheckResults } from '../src/lib/sources/source-check-report.ts';
import { repository } from '../src/site-config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    results: { type: 'string' },
    issue: { type: 'string' },
    timeout: { type: 'string', default: '20' },
    'retry-delay': { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    'per-host': { type: 'string', default: '2' },
  },
});
const root = positionals[0] ? resolve(positionals[0]) : registryRoot();
const numberOption = (name: 'timeout' | 'retry-delay' | 'concurrency' | 'per-host', least: number) => {
  const value = Number(values[name]);
  if (Number.isFinite(value) && value >= least) return value;
  console.error(`--${name} must be a number of at least ${least}, not "${values[name]}"`);
  process.exit(2);
};
const options = {
  timeout: numberOption('timeout', 1),
  retryDelay: numberOption('retry-delay', 0),
  concurrency: numberOption('concurrency', 1),
  perHost: numberOption('per-host', 1),
};

// 1. Load the registry; its source addresses are only trustworthy once it is valid.
const { registry, errors, locate } = await loadRegistryInParallel(root);
if (!registry) {
  for (const error of errors) console.log(formatError(error));
  console.log('\nThe registry has problems ("npm run validate" lists them); no source was checked.');
  process.exit(2);
}

// 2. Request each address once, a few at a time, with a time-out, one retry and an identifying user agent.
const cited = citedAddresses(registry);
const checks = await checkAddresses(
  cited.map(({ url }) => url),
  (url) =>
    checkAddress(url, {
      timeoutMs: options.timeout * 1000,
      retryDelayMs: options.retryDelay * 1000,
      userAgent: `kyzmat-source-check/1.0 (+${repository.url})`,
    }),
  { concurrency: options.concurrency, perHost: options.perHost },
);

// 3. Name the file and line of every citation of an address that failed or moved.
const needingWords = cited.filter(({ url }) => !checks.get(url)!.ok || checks.get(url)!.redirects.length > 0);
const places = locateCited(registry, locate, needingWords);
const citations: CheckedCitation[] = needingWords.map(({ url }, index) => ({ ...places[index]!, url, check: checks.get(url)! }));
const broken = brokenLines(citations);
const moved = movedLines(citations);
for (const line of broken) console.log(line);
if (moved.length > 0) console.log(`\nMoved (they still open; consider citing where they now lead):\n${moved.join('\n')}`);

// 4. Keep the results beside the registry, where the site reads them, and the issue text if asked.
const checked = new Date().toISOString().slice(0, 10);
writeFileSync(values.results ?? join(root, sourceChecksFile), sourceChecksText(sourceCheckResults(checks.values(), checked)));
if (values.issue) writeFileSync(values.issue, deadSourcesIssue(citations, checked));

const unreachable = [...checks.values()].filter((check) => !check.ok).length;
console.log(`\n${checks.size} address(es) checked, ${unreachable} could not be reached (${broken.length} citation(s)), ${moved.length} citation(s) moved.`);
process.exit(unreachable > 0 ? 1 : 0);
