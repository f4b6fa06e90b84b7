import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * At 20,000 services Pagefind builds a language's index (about 1.1 GB) while Node holds the site
 * model in two threads, so what Node keeps decides the build's peak. V8 keeps the pages a
 * collection frees for its own next allocations instead of giving them back to the system, so a
 * thread's largest heap so far stays in the process's memory. Two measures keep that lower.
 */

/**
 * How far, in percent, a heap may grow past what the last full collection kept before V8 collects
 * it again. V8 chooses up to 300% by itself, and a thread writing pages or open data then holds
 * several hundred megabytes of garbage.
 */
const buildHeapGrowthPercent = 10;

/** Sets the heap growth of every thread of the process, those running included (V8 reads it at each full collection). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${buildHeapGrowthPercent}`);
}

type CollectGarbage = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
let collectGarbage: CollectGarbage | null | undefined;

/**
 * Collects this thread's garbage and gives the freed pages back to the system: V8 does so only in
 * a collection that reduces memory, which it starts by itself only in an idle thread, and Node
 * offers it only through V8's `gc` function. For a thread that has just let go of far more than it
 * keeps: the main thread, once it has read the site model's bytes (about 0.4 GB back at 20,000
 * services, in about 1.3 s). Where the function is missing, nothing is done: this saves memory,
 * it changes no output.
 */
export function returnFreedMemory(): void {
  if (collectGarbage === undefined) {
    setFlagsFromString('--expose-gc');
    try {
      collectGarbage = runInNewContext('gc') as CollectGarbage;
    } catch {
      collectGarbage = null;
    }
  }
  collectGarbage?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
