// Checks the whole registry and prints every problem found: `npm run validate [-- <registry folder>]`.
import { resolve } from 'node:path';
import { formatError, formatGithubAnnotation, loadRegistryInParallel, registryRoot } from '../src/lib/registry/index.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : registryRoot();
const started = performance.now();
const { registry, errors, notLoaded } = await loadRegistryInParallel(root);
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
console.log(
  `Registry is valid: ${registry.services.length} services, ${registry.agencies.length} agencies, ${registry.acts.length} acts, ` +
    `${registry.municipalities.length} municipalities, ${registry.assessments.length} assessments, ${registry.categories.length} categories (${seconds} s).`,
);
