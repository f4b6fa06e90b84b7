// Adds every address of a build to the registry's list of published addresses: `npm run build && npm run published-urls [-- <dist folder>]`.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registryRoot } from '../src/lib/registry/index.ts';
import { builtAddresses, explainVanished, publishedAddresses, publishedListFile, publishedListText, vanishedAddresses } from '../src/lib/site/published-addresses.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} holds no built site; run "npm run build" first.`);
  process.exit(1);
}

// Read what was published before and what this build holds.
const listFile = join(registryRoot(), publishedListFile);
const published = publishedAddresses(registryRoot());
const built = builtAddresses(dist);

// Addresses are only ever added: one that vanished stays listed, so the build keeps failing until it is retired or redirected.
const vanished = vanishedAddresses(dist, published);
// A set: at 20,000 services both lists hold about 40,000 addresses, and searching the list once per
// built address took 19 s.
const publishedSet = new Set(published);
const added = built.filter((address) => !publishedSet.has(address));
writeFileSync(listFile, publishedListText([...published, ...built]));

console.log(`${listFile}: ${added.length} address(es) added, ${published.length + added.length} in all.`);
if (vanished.length > 0) {
  console.error(`\n${explainVanished(vanished)}`);
  process.exit(1);
}
