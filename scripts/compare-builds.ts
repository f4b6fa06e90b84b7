// Compares two built sites (or export folders) file by file: `npm run compare-builds -- <before> <after>`.
// Prints the files only one has and the files whose bytes differ; exits 1 when anything differs.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesWithSizes } from '../src/lib/site/output-budget.ts';

/** Each file's path relative to the folder, and where it is. */
const filesUnder = (root: string) => new Map(filesWithSizes(root).map(({ path }) => [path, join(root, path)]));

const [before, after] = process.argv.slice(2);
if (!before || !after || !statSync(before).isDirectory() || !statSync(after).isDirectory()) {
  console.error('usage: npm run compare-builds -- <before folder> <after folder>');
  process.exit(2);
}
const old = filesUnder(before);
const current = filesUnder(after);
const onlyBefore = [...old.keys()].filter((file) => !current.has(file)).sort();
const onlyAfter = [...current.keys()].filter((file) => !old.has(file)).sort();
const differ = [...old.keys()].filter((file) => current.has(file) && !readFileSync(old.get(file)!).equals(readFileSync(current.get(file)!))).sort();
for (const [label, list] of [
  ['only in before', onlyBefore],
  ['only in after', onlyAfter],
  ['differ', differ],
] as const) {
  if (list.length > 0) console.log(`${label} (${list.length}):\n${list.map((file) => `  ${file}`).join('\n')}`);
}
console.log(`${old.size} files before, ${current.size} after: ${onlyBefore.length} only before, ${onlyAfter.length} only after, ${differ.length} differ`);
process.exit(onlyBefore.length + onlyAfter.length + differ.length > 0 ? 1 : 0);
