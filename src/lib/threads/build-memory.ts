import { setFlagsFromString } from 'node:v8';

/*
 * At 20,000 services Pagefind builds a language's index (about 1.1 GB) while Node holds the site
 * model in two threads, so what Node keeps decides the build's peak. V8 keeps the pages a
 * collection frees for its own next allocations instead of giving them back to the system, so a
 * thread's largest heap so far stays in the process's memory.
 */

/**
 * How far, in percent, a heap may grow past what the last full collection kept before V8 collects
 * it again. V8 chooses up to 300% by itself, and a thread writing pages or open data then holds
 * several hundred megabytes of garbage: at 20,000 services the build peaked at 2.71 GB without
 * this limit. With 20%, 2.40–2.43 GB (2.46–2.47 GB in `npm run bench`); with 10%, about 30 MB
 * less, but full collections cost about 15 s more CPU (the other core's share of the marking included).
 */
const buildHeapGrowthPercent = 20;

/** Sets the heap growth of every thread of the process, those running included (V8 reads it at each full collection). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${buildHeapGrowthPercent}`);
}
