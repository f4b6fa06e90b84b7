import { getPriority, setPriority } from 'node:os';

/** How much lower than before a thread that writes pages or open data runs (nice, 0 to 19). */
export const yieldedNice = 10;

/**
 * Lowers the calling thread's priority, so that the search index gets the CPU first.
 *
 * The search index is the build's longest chain: Pagefind indexes one language after the other, in
 * a process of its own, and at 20,000 services it was starved while both cores wrote pages and
 * open data, then ended the build 5-8 s after the last page with one core idle. With the threads
 * that write pages and open data a little lower, the two finish close together. Nice +5 was chosen
 * in November (52.9-55.1 s instead of 55.0-59.7 s on 2 cores; +3 was slower). On the slower
 * machines of December, with +5 the index still ended 8 s after the last page; with +10 it ends
 * with it, and four alternate pairs of builds took 118.2, 76.4, 75.0, 69.0 s against 108.8,
 * 107.6, 80.3, 84.7 s with +5; +15 left the main thread's pages last (91.6, 82.6 s against 79.6,
 * 79.0 s with +10). With cores to spare nothing changes.
 *
 * A new thread or process starts at the priority of the thread that starts it, so each thread
 * calls this after starting the workers that must keep the normal priority. On Linux a thread's
 * priority is its own; elsewhere it is the whole process's, Pagefind's included, so nothing is
 * changed there.
 */
export function yieldToSearchIndex(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, Math.min(19, getPriority(0) + yieldedNice));
  } catch {
    // A priority is a hint: where it is refused, the build runs as before.
  }
}
