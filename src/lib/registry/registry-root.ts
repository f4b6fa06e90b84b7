import { resolve } from 'node:path';

/** The registry folder every entry point reads: `KYZMAT_REGISTRY` if set (benchmarks, fixtures), else `registry/`. */
export function registryRoot(): string {
  return resolve(process.env.KYZMAT_REGISTRY || 'registry');
}
