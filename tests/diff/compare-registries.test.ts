import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRegistries, formatDiffMarkdown } from '../../src/lib/diff/index.ts';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { copyFixture, writeIn } from '../helpers/fixtures.ts';

const load = (dir: string) => loadRegistry(dir, { displayRoot: 'registry' }).registry!;

describe('comparing two versions of the registry', () => {
  it('reports a record whose former_ids name a vanished id as renamed, and taxonomy entries as added and removed', () => {
    const base = copyFixture('minimal');
    const head = copyFixture('minimal');
    const old = readFileSync(join(head, 'services/old-certificate.yaml'), 'utf8');
    rmSync(join(head, 'services/old-certificate.yaml'));
    writeIn(
      head,
      'services/older-certificate.yaml',
      old.replace('id: old-certificate', 'id: older-certificate').replace('former_ids: [very-old-certificate]', 'former_ids: [very-old-certificate, old-certificate]'),
    );
    const categories = readFileSync(join(head, 'categories.yaml'), 'utf8');
    writeIn(head, 'categories.yaml', categories.replace('- id: empty-category\n  name:\n    ru: Категория без услуг', '- id: moving-house\n  name:\n    ru: Переезд'));

    const changes = compareRegistries(load(base), load(head));
    expect(changes.map((change) => `${change.kind} ${change.recordKind} ${change.formerId ? `${change.formerId} -> ` : ''}${change.id}`)).toEqual([
      'added categories moving-house',
      'removed categories empty-category',
      'renamed services old-certificate -> older-certificate',
    ]);
    const markdown = formatDiffMarkdown({ base: 'main', head: 'rename', changes, headErrors: [] });
    expect(markdown).toContain('### Идентификатору өзгөрдү / Идентификатор изменён (1)');
    expect(markdown).toContain('- `old-certificate` → `older-certificate` — Эски маалымкат / Старая справка');
    expect(markdown).toContain('  - Мурунку идентификаторлор / Прежние идентификаторы: very-old-certificate → very-old-certificate, old-certificate');
    expect(markdown).toContain('**Турмуштук кырдаалдар / Жизненные ситуации**');
  });

  it('keeps registry text from turning into markup, links or mentions in the pull request comment', () => {
    const base = copyFixture('minimal');
    const head = copyFixture('minimal');
    const file = join(head, 'services/birth-registration.yaml');
    writeIn(
      head,
      'services/birth-registration.yaml',
      readFileSync(file, 'utf8').replace('ru: Справка о рождении', 'ru: "<img src=x onerror=alert(1)> [click](https://evil.example) @team"'),
    );
    const markdown = formatDiffMarkdown({ base: 'a', head: 'b', changes: compareRegistries(load(base), load(head)), headErrors: [] });
    const line = markdown.split('\n').find((text) => text.includes('onerror'))!;
    expect(line).toContain('Справка о рождении → \\<img src=x onerror=alert(1)\\> \\[click\\](https://evil.example) @\u200bteam');
  });
});
