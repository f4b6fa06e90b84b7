import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, it } from 'vitest';
import { measureProcess } from '../../src/lib/bench/measure-process.ts';

// The benchmark's peak is the sum over a process tree (a build is Node and Pagefind's processes); it
// also says what each program held at that moment, so that a reader sees which one to shrink.
it('says what each program of the process tree held at the peak, largest first, adding up to the peak', async () => {
  const m = await measureProcess('sh', ['-c', 'sleep 1 & sleep 1 & wait']);
  expect(m.exitCode).toBe(0);
  expect(m.peakByProgram.map(({ program }) => program).sort()).toEqual([basename(realpathSync('/bin/sh')), 'sleep'].sort());
  expect(m.peakByProgram.every(({ bytes }) => bytes > 0)).toBe(true);
  expect(m.peakByProgram.reduce((sum, { bytes }) => sum + bytes, 0)).toBe(m.peakRssBytes);
  const sizes = m.peakByProgram.map(({ bytes }) => bytes);
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
});
