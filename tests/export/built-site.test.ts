import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../src/lib/export/export-tables.ts';
import { buildSite } from '../helpers/build-site.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { filesUnder } from './open-data-files.ts';

const registry = fixturePath('open-data-edge-cases');
const dist = buildSite(registry);
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('the site build', () => {
  it('writes dist/data/ and dist/api/v1/ byte for byte as `npm run export` does', () => {
    const exported = mkdtempSync(join(tmpdir(), 'kyzmat-export-cli-'));
    execFileSync(process.execPath, [join(repoRoot, 'scripts/export.ts'), exported], { cwd: repoRoot, env: { ...process.env, KYZMAT_REGISTRY: registry }, stdio: 'pipe' });
    for (const folder of ['data', 'api/v1']) {
      const built = filesUnder(join(dist, folder));
      const cli = filesUnder(join(exported, folder));
      expect([...built.keys()], folder).toEqual([...cli.keys()]);
      for (const [file, bytes] of cli) expect(built.get(file)!.equals(bytes), `${folder}/${file}`).toBe(true);
    }
  });

  it.each(['ky/open-data', 'ru/open-data', 'en/open-data'])('has an open-data page at /%s/ with every file, every field and the escaping rule', (path) => {
    const html = decode(page(path));
    for (const table of exportTables) {
      expect(html).toContain(`href="/data/${table.name}.csv"`);
      expect(existsSync(join(dist, 'data', `${table.name}.csv`))).toBe(true);
      for (const column of table.columns) expect(html, `${table.name}.${column.name}`).toContain(`<code>${column.name}</code>`);
    }
    for (const file of ['datapackage.json', 'registry.sqlite', 'services.json', 'services.jsonld']) expect(html).toContain(`href="/data/${file}"`);
    expect(html).toContain("^'+[=+\\-@\\t\\r]");
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('https://github.com/open-admin-data/kyrgyzstan-administrative-divisions');
    expect(html).toContain('pd.read_csv(');
    expect(html).toContain('read_csv(');
    expect(html).toContain('curl -O');
  });

  it('links the open-data page from the navigation in both languages, and the English page to both', () => {
    expect(page('ky')).toContain('href="/ky/open-data/"');
    expect(page('ru')).toContain('href="/ru/open-data/"');
    const english = page('en/open-data');
    expect(english).toContain('href="/ky/open-data/"');
    expect(english).toContain('href="/ru/open-data/"');
    expect(page('ru/open-data')).toContain('href="/en/open-data/"');
  });
});
