import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { loadRegistry, type RecordKind, type Registry, recordKindNames, recordKinds } from '../../src/lib/registry/index.ts';
import { recordPath } from '../../src/lib/site/record-paths.ts';
import { repository } from '../../src/site-config.ts';
import { buildSite } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';

const pageOf = recordPath;

const decode = (text: string) => text.replace(/&amp;/g, '&');

describe('"Propose a correction" and "Report an error" on every record page of the real registry', () => {
  let dist: string;
  let registry: Registry;

  beforeAll(() => {
    const root = join(repoRoot, 'registry');
    registry = loadRegistry(root, { displayRoot: 'registry' }).registry!;
    dist = buildSite(root);
  });

  it("opens the record's own file in GitHub's editor, and names the record in the error report", () => {
    let checked = 0;
    for (const kind of Object.keys(pageOf) as RecordKind[]) {
      const { folder, extension } = recordKinds[kind];
      for (const [id, file] of registry.fileOf[kind]) {
        expect(file).toBe(`registry/${folder}/${id}${extension}`);
        expect(existsSync(join(repoRoot, file))).toBe(true);
        for (const lang of langs) {
          const html = readFileSync(join(dist, pageOf[kind](lang, id), 'index.html'), 'utf8');
          const edits = [...html.matchAll(/<a href="([^"]+)"[^>]*data-edit-file="([^"]+)"/g)];
          expect(
            edits.map((match) => decode(match[1]!)),
            `${lang} ${kind}/${id}`,
          ).toEqual([`${repository.url}/edit/${repository.branch}/${file}`]);
          const report = html.match(/<a href="([^"]+\/issues\/new\?[^"]+)"/)?.[1];
          const query = new URL(decode(report!)).searchParams;
          expect(query.get('template')).toBe('record-error.yml');
          expect(query.get('record')).toBe(file);
          expect(query.get('page')).toMatch(new RegExp(`${pageOf[kind](lang, id)}$`));
          checked += 1;
        }
      }
    }
    expect(checked).toBe(2 * recordKindNames.reduce((sum, kind) => sum + registry[kind].length, 0));
  });
});
