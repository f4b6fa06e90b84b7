import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { sourcesHtml } from '../../src/lib/site/markup/sources.ts';
import { copyFixture, writeIn } from '../helpers/fixtures.ts';
import { visibleText } from '../trust/built-html.ts';

// The site reads the results of the last source check from the registry folder and marks each
// source that could not be reached; an archived copy is linked beside the original.

const dir = copyFixture('minimal');
const birth = readFileSync(join(dir, 'services/birth-registration.yaml'), 'utf8');
writeIn(
  dir,
  'services/birth-registration.yaml',
  birth.replace('  - url: https://example.org/birth\n', '  - url: https://example.org/birth\n    archived_url: https://web.archive.org/web/2020/https://example.org/birth\n'),
);
writeIn(dir, '_source-checks.json', JSON.stringify({ checked: '2025-06-02', unreachable: [{ url: 'https://example.org/birth', status: '404' }] }));
const { registry, errors } = loadRegistry(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sources on the site', () => {
  it('reads the last source check without error', () => {
    expect(errors).toEqual([]);
    expect(registry!.sourceChecks).toEqual({ checked: '2025-06-02', unreachable: new Map([['https://example.org/birth', '404']]) });
  });

  it('says in both languages when a source could not be reached, and links its archived copy', () => {
    const sources = registry!.service.get('birth-registration')!.sources;
    const ru = String(sourcesHtml(sources, 'ru', registry!));
    expect(visibleText(ru)).toContain('example.org (не удалось открыть при проверке 02.06.2025) · архивная копия');
    expect(ru).toContain('<a href="https://web.archive.org/web/2020/https://example.org/birth" rel="nofollow noopener noreferrer">архивная копия</a>');
    expect(visibleText(String(sourcesHtml(sources, 'ky', registry!)))).toContain('example.org (02.06.2025 текшерилгенде ачылган жок) · архивдик көчүрмө');
  });

  it('marks only the sources that could not be reached', () => {
    const fees = registry!.service.get('birth-registration')!.payment!.sources;
    expect(String(sourcesHtml(fees, 'ru', registry!))).not.toContain('не удалось открыть');
  });

  it('reports a results file that is not what npm run check-sources writes, with its line', () => {
    const broken = copyFixture('minimal');
    writeIn(broken, '_source-checks.json', '{\n  "checked": "2025-06-02",\n  "unreachable": [{ "url": "javascript:alert(1)", "status": "404" }]\n}\n');
    const lines = loadRegistry(broken, { displayRoot: 'registry' }).errors.map((error) => `${error.file}:${error.line}  ${error.field}  ${error.message.split(';')[0]}`);
    rmSync(broken, { recursive: true, force: true });
    expect(lines).toEqual(['registry/_source-checks.json:3  unreachable.0.url  must be a full web address starting with https:// or http://']);
  });
});
