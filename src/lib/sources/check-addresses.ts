import type { AddressCheck } from './check-address.ts';

export interface ConcurrencyLimits {
  /** Requests under way at once, in all. */
  concurrency: number;
  /** Requests under way at once to one host, so that no official site is flooded. */
  perHost: number;
}

/** Checks every address once, at most `concurrency` at a time and `perHost` at a time per host. */
export function checkAddresses(urls: readonly string[], check: (url: string) => Promise<AddressCheck>, limits: ConcurrencyLimits): Promise<Map<string, AddressCheck>> {
  const waiting = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const host = new URL(url).host;
    const queue = waiting.get(host);
    if (queue) queue.push(url);
    else waiting.set(host, [url]);
  }
  const results = new Map<string, AddressCheck>();
  const busy = new Map<string, number>();
  let running = 0;
  return new Promise((resolve) => {
    const startMore = () => {
      for (const [host, queue] of waiting) {
        while (running < limits.concurrency && queue.length > 0 && (busy.get(host) ?? 0) < limits.perHost) {
          const url = queue.shift()!;
          running++;
          busy.set(host, (busy.get(host) ?? 0) + 1);
          const done = (result: AddressCheck) => {
            results.set(url, result);
            running--;
            busy.set(host, busy.get(host)! - 1);
            startMore();
          };
          check(url).then(done, (error: unknown) => done({ url, ok: false, status: String(error), redirects: [] }));
        }
        if (queue.length === 0) waiting.delete(host);
      }
      if (running === 0 && waiting.size === 0) resolve(results);
    };
    startMore();
  });
}
