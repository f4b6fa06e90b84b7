import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { yieldedNice } from '../../src/integrations/search-index-first.ts';

const moduleUrl = new URL('../../src/integrations/search-index-first.ts', import.meta.url).href;

/** The priority a new thread reports after yielding to the search index. */
function priorityAfterYielding(): Promise<number> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    import(${JSON.stringify(moduleUrl)}).then(({ yieldToSearchIndex }) => {
      yieldToSearchIndex();
      parentPort.postMessage(getPriority(0));
    });
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (priority: number) => {
      resolve(priority);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe.runIf(process.platform === 'linux')('yielding to the search index', () => {
  it('lowers the priority of the thread that yields, and of no other thread', async () => {
    const before = getPriority(0);
    expect(await priorityAfterYielding()).toBe(Math.min(19, before + yieldedNice));
    expect(getPriority(0)).toBe(before);
  });
});
