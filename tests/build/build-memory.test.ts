import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('../../src/lib/threads/build-memory.ts', import.meta.url).href;

/** Runs `body` in a Node process of its own (V8's flags are the whole process's) and returns what it prints as JSON. */
function inOwnProcess<T>(body: string): T {
  const code = `import { limitHeapGrowth } from ${JSON.stringify(moduleUrl)};
    import { getHeapStatistics } from 'node:v8';
    ${body}`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })) as T;
}

// The build's peak memory at the country's scale depends on what V8 keeps of each thread's
// garbage (see build-memory.ts); this checks that V8 still does what the build asks of it.
describe("the build threads' memory", () => {
  it('keeps a heap that makes garbage close to what it keeps alive, with the heap growth limited', () => {
    // About 80 MB stay alive while 15 MB batches of objects live a little, then die.
    const largestHeap = (limit: boolean) =>
      inOwnProcess<number>(`
        ${limit ? 'limitHeapGrowth();' : ''}
        const kept = Array.from({ length: 300_000 }, (_, i) => ({ i, text: 'kept ' + i + ' '.repeat(40) }));
        let largest = 0;
        const recent = [];
        for (let round = 0; round < 40; round++) {
          recent.push(Array.from({ length: 50_000 }, (_, i) => ({ i, text: 'garbage ' + round + ' ' + i + ' '.repeat(40) })));
          if (recent.length > 3) recent.shift();
          largest = Math.max(largest, getHeapStatistics().total_heap_size);
        }
        console.log(JSON.stringify(kept.length && largest));
      `);
    expect(largestHeap(true)).toBeLessThan(0.75 * largestHeap(false));
  });
});
