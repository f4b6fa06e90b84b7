// Summarises what a change does to the registry, for reviewers: `npm run diff -- <base> <head>`.
import { exitAfterOutput } from '../src/lib/cli/exit-after-output.ts';
import { diffRefs, formatDiffMarkdown } from '../src/lib/diff/index.ts';

const [base, head] = process.argv.slice(2);
if (!base || !head) {
  console.error('usage: npm run diff -- <base ref> <head ref>   (e.g. npm run diff -- origin/main HEAD)');
  process.exit(2);
}

// Read both versions from git and compare them; a broken head is reported, not thrown.
let summary: ReturnType<typeof diffRefs>;
try {
  summary = diffRefs(process.cwd(), base, head, process.env.KYZMAT_REGISTRY_PATH || 'registry');
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

console.log(formatDiffMarkdown(summary));
// Exit 1 when the head would not build, so CI and scripts can tell (after the summary is written:
// it can be longer than a pipe takes at once).
await exitAfterOutput(summary.headErrors.length > 0 ? 1 : 0);
