import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { registryRoot } from '../lib/registry/index.ts';
import { filesWithSizes, type OutputFile, outputBudgetProblems, registrySize } from '../lib/site/output-budget.ts';
import { currentSiteModel } from '../lib/site-model/current-site-model.ts';

/**
 * Fails the build when the site outgrows its budget (src/lib/site/output-budget.ts), naming the
 * record to blame. Runs after the open data and the search index are in the output folder.
 * `recordedPages()` are taken with the sizes their writers recorded (service and /id/ pages).
 */
export function outputBudgetCheck({ recordedPages }: { recordedPages: () => readonly OutputFile[] }): AstroIntegration {
  return {
    name: 'kyzmat-output-budget',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const { registry } = currentSiteModel();
        const problems = outputBudgetProblems(filesWithSizes(fileURLToPath(dir), undefined, recordedPages()), registry, registrySize(registryRoot(), registry));
        if (problems.length > 0) throw new Error(`The built site is over its size budget:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
      },
    },
  };
}
