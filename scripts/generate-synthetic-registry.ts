// Writes a synthetic registry for scale tests: `npm run synthetic -- <folder> [--services N] [--from registry]`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticRegistry } from '../src/lib/synthetic/generate-synthetic-registry.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { services: { type: 'string', default: '20000' }, from: { type: 'string', default: 'registry' } },
});
const to = positionals[0];
if (!to) {
  console.error('usage: npm run synthetic -- <folder> [--services N] [--from registry]');
  process.exit(2);
}
generateSyntheticRegistry({ from: resolve(values.from), to: resolve(to), services: Number(values.services) });
console.log(`wrote ${values.services} synthetic services to ${to}`);
