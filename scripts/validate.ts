// Checks the whole registry and prints every problem found: `npm run validate [-- <registry folder>]`.
import { resolve } from 'node:path';
import { formatError, formatGithubAnnotation, loadRegistryInParallel, registryRoot } from '../src/lib/registry/index.ts';
import { freshnessAsOf } from '../src/lib/service-view/freshness.ts';
import { staleFactMessage, staleFacts } from '../src/lib/service-view/stale-facts.ts';
import { staleFactYears } from '../src/site-config.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : registryRoot();
const started = performance.now();
const { registry, errors, notLoaded, locate } = await loadRegistryInParallel(root, { locateDatedFacts: true });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

// Files left out on purpose are listed, so that none is skipped unseen.
if (notLoaded.length > 0) console.log(`Not loaded:\n${notLoaded.map(({ file, reason }) => `  ${file}  ${reason}`).join('\n')}\n`);
for (const error of errors) console.log(formatError(error));
// On GitHub, the same errors become annotations on the lines of the pull request.
if (process.env.GITHUB_ACTIONS) for (const error of errors) console.log(formatGithubAnnotation(error));

if (errors.length > 0 || !registry) {
  const files = new Set(errors.map((error) => error.file)).size;
  console.log(`\n${errors.length} problem(s) in ${files} file(s). Nothing is published until they are fixed.`);
  process.exit(1);
}
// Old fees and deadlines are warnings: they stay published, marked, until someone finds a newer source.
const freshness = freshnessAsOf(new Date().toISOString(), staleFactYears);
const stale = staleFacts(registry, freshness);
// The loader found the lines of dated facts as it read the files.
for (const fact of stale) {
  const file = registry.fileOf.services.get(fact.serviceId)!;
  const { line, column } = locate(file, fact.path);
  console.log(formatError({ file, line, column, field: fact.path.join('.'), message: staleFactMessage(fact, freshness) }));
}
if (stale.length > 0) console.log(`\n${stale.length} fact(s) older than ${staleFactYears} years (warnings; they do not fail validation).\n`);
console.log(
  `Registry is valid: ${registry.services.length} services, ${registry.agencies.length} agencies, ${registry.acts.length} acts, ` +
    `${registry.municipalities.length} municipalities, ${registry.assessments.length} assessments, ${registry.categories.length} categories (${seconds} s).`,
);
