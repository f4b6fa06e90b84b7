import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { builtAddresses, publishedAddresses, publishedListFile, publishedListText } from '../../src/lib/site/published-addresses.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { copyFixture, repoRoot, writeIn } from '../helpers/fixtures.ts';
import { attr, buildWithin, elementsOf, readPage } from './built-html.ts';

// A link printed in a newspaper or a court filing must keep working: every published address is
// listed in registry/_published-urls.txt, and a build that would lose one fails and says what to do.

const servicePages = (id: string) => [paths.service('ky', id), paths.service('ru', id)];

describe('the committed list of published addresses', () => {
  const list = readFileSync(join(repoRoot, 'registry', publishedListFile), 'utf8');
  const addresses = publishedAddresses(join(repoRoot, 'registry'));

  it('is sorted, has no duplicates and is written the way the script writes it', () => {
    expect(addresses.length).toBeGreaterThan(1000);
    expect(list).toBe(publishedListText(addresses));
    expect(addresses).toEqual([...new Set(addresses)].sort());
  });

  it('lists the pages of records, in both languages', () => {
    expect(addresses).toEqual(expect.arrayContaining(['/', '/ky/', '/ru/', ...servicePages('id-card')]));
  });
});

describe('former ids', () => {
  it('may not be the id of an existing agency or act, nor be claimed twice', () => {
    const dir = copyFixture('minimal');
    const minimal = (file: string) => readFileSync(join(dir, file), 'utf8');
    writeIn(dir, 'agencies/test-ministry.yaml', minimal('agencies/test-ministry.yaml').replace('kind: ministry', 'former_ids: [test-ministry]\nkind: ministry'));
    writeIn(
      dir,
      'acts/government-decree-85-2012.yaml',
      minimal('acts/government-decree-85-2012.yaml').replace('type: government-decree', 'former_ids: [decree-85]\ntype: government-decree'),
    );
    writeIn(dir, 'acts/law-1-2020.yaml', 'id: law-1-2020\nformer_ids: [decree-85]\ntype: law\nstatus: in-force\nsources:\n  - url: https://example.org/law\n');
    const messages = loadRegistry(dir, { displayRoot: 'registry' }).errors.map((error) => `${error.file} ${error.field}: ${error.message}`);
    expect(messages).toContain(
      'registry/agencies/test-ministry.yaml former_ids.0: former id "test-ministry" is the id of an existing agency; an address can redirect to only one place',
    );
    expect(messages).toContain('registry/acts/law-1-2020.yaml former_ids.0: former id "decree-85" is already claimed by legal act "government-decree-85-2012"');
  });
});

describe('a registry whose record pages were published', () => {
  let registry: string;
  const builds: string[] = [];
  afterAll(() => {
    for (const dist of builds) rmSync(dist, { recursive: true, force: true });
  });
  beforeAll(() => {
    registry = copyFixture('minimal');
    const minimal = (file: string) => readFileSync(join(registry, file), 'utf8');
    writeIn(registry, 'agencies/test-ministry.yaml', minimal('agencies/test-ministry.yaml').replace('kind: ministry', 'former_ids: [old-test-ministry]\nkind: ministry'));
    writeIn(
      registry,
      'acts/government-decree-85-2012.yaml',
      minimal('acts/government-decree-85-2012.yaml').replace('type: government-decree', 'former_ids: [government-decree-58-2012]\ntype: government-decree'),
    );
    writeIn(registry, publishedListFile, publishedListText([...servicePages('old-certificate'), ...servicePages('very-old-certificate'), ...servicePages('birth-registration')]));
  });

  it('builds while every published address is kept, a former id as a page that sends readers to the new address', () => {
    const build = buildWithin({ registry, seconds: 120 });
    builds.push(build.dist);
    expect(build.status, build.output).toBe(0);
    const html = readPage(build.dist, 'ru/services/very-old-certificate/index.html');
    const elements = elementsOf(html);
    expect(elements.find((e) => attr(e, 'http-equiv') === 'refresh')?.attrs).toContainEqual({ name: 'content', value: '0;url=/ru/services/old-certificate/' });
    expect(attr(elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')!, 'href')).toMatch(/\/ru\/services\/old-certificate\/$/);
    expect(elements.some((e) => e.tagName === 'a' && attr(e, 'href') === '/ru/services/old-certificate/')).toBe(true);
    expect(elements.some((e) => e.tagName === 'script')).toBe(false);
    const refreshTo = (file: string) => attr(elementsOf(readPage(build.dist, file)).find((e) => attr(e, 'http-equiv') === 'refresh')!, 'content');
    expect(refreshTo('ky/agencies/old-test-ministry/index.html')).toBe('0;url=/ky/agencies/test-ministry/');
    expect(refreshTo('ru/acts/government-decree-58-2012/index.html')).toBe('0;url=/ru/acts/government-decree-85-2012/');

    const script = spawnSync(process.execPath, [join(repoRoot, 'scripts/published-urls.ts'), build.dist], {
      cwd: repoRoot,
      env: { ...process.env, KYZMAT_REGISTRY: registry },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(script.status, script.stderr).toBe(0);
    const updated = publishedAddresses(registry);
    expect(updated).toEqual(builtAddresses(build.dist));
    expect(updated).toEqual(expect.arrayContaining(['/', '/ky/categories/empty-category/', ...servicePages('very-old-certificate')]));
  }, 150_000);

  it('fails to build when a published service disappears, and says how to retire or redirect it', () => {
    rmSync(join(registry, 'services/old-certificate.yaml'));
    const build = buildWithin({ registry, seconds: 120 });
    builds.push(build.dist);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('published address(es) would disappear');
    for (const address of [...servicePages('old-certificate'), ...servicePages('very-old-certificate')]) expect(build.output).toContain(`  ${address}\n`);
    expect(build.output).toContain('"status: retired" and "retired: { date, act, sources }"');
    expect(build.output).toContain('lists its old id in "former_ids" so the old address redirects to the new one');
  }, 150_000);

  it('keeps a vanished address in the list when the script runs, and exits with the same advice', () => {
    const dist = buildWithin({ registry: copyFixture('minimal'), seconds: 120 }).dist;
    builds.push(dist);
    const before = publishedAddresses(registry);
    writeIn(registry, publishedListFile, publishedListText([...before, '/ky/services/never-built/']));
    const script = spawnSync(process.execPath, [join(repoRoot, 'scripts/published-urls.ts'), dist], {
      cwd: repoRoot,
      env: { ...process.env, KYZMAT_REGISTRY: registry },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(script.status).toBe(1);
    expect(script.stderr).toContain('  /ky/services/never-built/\n');
    expect(publishedAddresses(registry)).toContain('/ky/services/never-built/');
  }, 150_000);
});
