// Checks the whole registry and prints every problem found: `npm run validate [-- <registry folder>]`.
// That command starts Node with a 4 MB semi-space (package.json): reading 20,000 files makes
// short-lived garbage, and with V8's larger default the collector copied it again and again. At
// 20,000 services it took 5.2-5.5 s instead of 6.0-6.3 s, run alternately, with half the memory.
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';
import { startRegistryReaders } from '../src/lib/registry/registry-readers.ts';

// The threads that help read the files start first, and load their modules while this one loads
// its own (imported below, not above, for that reason) and lists the files. Node's compile cache
// (shared with those threads by startWorker) saves a tenth of a second of compiling on later runs.
enableCompileCache();
const readers = startRegistryReaders();
const { formatError, formatGithubAnnotation, loadRegistryInParallel, registryRoot } = await import('../src/lib/registry/index.ts');
const { freshnessAsOf } = await import('../src/lib/service-view/freshness.ts');
const { staleFactMessage, staleFacts } = await import('../src/lib/service-view/stale-facts.ts');
const { staleFactYears } = await import('../src/site-config.ts');
const { exitAfterOutput } = await import('../src/lib/cli/exit-after-output.ts');

const root = process.argv[2] ? resolve(process.argv[2]) : registryRoot();
const started = performance.now();
const { checked, errors, notLoaded, locate } = await loadRegistryInParallel(root, { locateDatedFacts: true, readers, checkOnly: true });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

// Many lines are printed in one write: one console.log per line took 0.1 s for 10,000 warnings.
const printLines = (lines: string[]) => lines.length > 0 && console.log(lines.join('\n'));

// Files left out on purpose are listed, so that none is skipped unseen.
if (notLoaded.length > 0) console.log(`Not loaded:\n${notLoaded.map(({ file, reason }) => `  ${file}  ${reason}`).join('\n')}\n`);
printLines(errors.map(formatError));
// On GitHub, the same errors become annotations on the lines of the pull request.
if (process.env.GITHUB_ACTIONS) printLines(errors.map(formatGithubAnnotation));

/** Prints what was found and returns the exit code: 1 when the registry has a problem. */
function report(): number {
  if (errors.length > 0 || !checked) {
    const files = new Set(errors.map((error) => error.file)).size;
    console.log(`\n${errors.length} problem(s) in ${files} file(s). Nothing is published until they are fixed.`);
    return 1;
  }
  // Old fees and deadlines are warnings: they stay published, marked, until someone finds a newer source.
  const freshness = freshnessAsOf(new Date().toISOString(), staleFactYears);
  const stale = staleFacts(checked.services, freshness);
  const fileOf = new Map(checked.services.map((service) => [service.id, service.file]));
  // The loader found the lines of dated facts as it read the files.
  printLines(
    stale.map((fact) => {
      const file = fileOf.get(fact.serviceId)!;
      const { line, column } = locate(file, fact.path);
      return formatError({ file, line, column, field: fact.path.join('.'), message: staleFactMessage(fact, freshness) });
    }),
  );
  if (stale.length > 0) console.log(`\n${stale.length} fact(s) older than ${staleFactYears} years (warnings; they do not fail validation).\n`);
  console.log(
    `Registry is valid: ${checked.counts.services} services, ${checked.counts.agencies} agencies, ${checked.counts.acts} acts, ` +
      `${checked.counts.municipalities} municipalities, ${checked.counts.assessments} assessments, ${checked.counts.categories} categories (${seconds} s).`,
  );
  return 0;
}

await exitAfterOutput(report());
