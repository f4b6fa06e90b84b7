/**
 * Ends a command-line script with `code` once everything it printed has been written. When the
 * output is a pipe (CI logs, `| tee`, a test), Node writes what the pipe cannot take at once later,
 * and `process.exit` would drop it: `npm run validate` lost all but the first 64 KB of its problems
 * and its summary. The promise never settles, so `await exitAfterOutput(code)` ends the script there.
 * This is quicker than letting the script end by itself, which first frees its data object by object.
 */
export function exitAfterOutput(code: number): Promise<never> {
  return new Promise(() => {
    let streams = 2;
    const written = () => {
      streams--;
      if (streams === 0) process.exit(code);
    };
    process.stdout.write('', written);
    process.stderr.write('', written);
  });
}
