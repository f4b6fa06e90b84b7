import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegistryHistory } from '../../src/lib/history/index.ts';
import { createRegistryRepo, type RegistryRepo } from '../diff/git-registry-repo.ts';
import * as steps from '../diff/service-steps.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixtures.ts';

const page = (dist: string, lang: string, id: string) => readFileSync(join(dist, lang, 'services', id, 'index.html'), 'utf8');
const historySection = (html: string) => html.match(/<section id="history"[\s\S]*?<\/section>/)?.[0] ?? '';
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('service history on the site', () => {
  let repo: RegistryRepo;
  let dist: string;
  const commits: string[] = [];

  beforeAll(() => {
    repo = createRegistryRepo();
    commits.push(repo.commit('Add passport replacement', { [steps.file]: steps.added }));
    commits.push(repo.commit('Raise the fee to 900 som, add the photo', { [steps.file]: steps.changed }));
    commits.push(repo.commit('Retire passport replacement', { [steps.file]: steps.retired }));
    dist = buildSite(repo.registry);
  });

  it('lists each change of the service, newest first, with its date, subject and commit link', () => {
    const section = historySection(page(dist, 'ru', 'passport-replacement'));
    expect(text(section)).toContain('Последнее изменение: 15.04.2025');
    const items = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => text(match[1]!));
    expect(items).toEqual([
      `15.04.2025 — Retire passport replacement ( ${commits[2]!.slice(0, 7)} )`,
      `15.03.2025 — Raise the fee to 900 som, add the photo ( ${commits[1]!.slice(0, 7)} )`,
      `15.02.2025 — Add passport replacement ( ${commits[0]!.slice(0, 7)} )`,
    ]);
    expect(section).toContain(`href="https://github.com/kyzmat/kyzmat/commit/${commits[2]}"`);
    expect(text(historySection(page(dist, 'ky', 'passport-replacement')))).toContain('Акыркы өзгөрүү: 15.04.2025');
  });

  it('dates a record that never changed since the first commit to that commit', () => {
    const section = historySection(page(dist, 'ru', 'birth-registration'));
    expect(text(section)).toContain('Последнее изменение: 15.01.2025');
    expect([...section.matchAll(/<li>/g)]).toHaveLength(1);
  });

  it('publishes an Atom feed per language with one entry per change, newest first, dated from git', () => {
    const feed = readFileSync(join(dist, 'ru', 'changes.xml'), 'utf8');
    const titles = [...feed.matchAll(/<entry>[\s\S]*?<title>(.*?)<\/title>/g)].map((match) => match[1]);
    expect(titles).toEqual(['Retire passport replacement', 'Raise the fee to 900 som, add the photo', 'Add passport replacement', 'Start from the minimal registry']);
    expect(feed).toContain('<updated>2025-04-15T10:00:00.000Z</updated>');
    expect(feed).toContain('https://kyzmat.github.io/ru/services/passport-replacement/');
    expect(readFileSync(join(dist, 'ky', 'changes.xml'), 'utf8')).toContain('<title>kyzmat: реестрдеги өзгөрүүлөр</title>');
  });

  it('reads the whole history in one git log pass, keyed by the file inside the registry folder', () => {
    const history = readRegistryHistory(repo.registry);
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.commits.map((commit) => commit.subject)).toHaveLength(4);
    expect([...history.byFile.keys()].sort()).toContain('services/passport-replacement.yaml');
    expect(history.byFile.get('services/passport-replacement.yaml')!.map((change) => change.status)).toEqual(['M', 'M', 'A']);
  });

  it('builds a shallow clone and says that history is unavailable', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'kyzmat-shallow-')), 'repo');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone]);
    expect(readRegistryHistory(join(clone, 'registry'))).toEqual({ available: false, reason: 'shallow-clone' });
    const shallowDist = buildSite(join(clone, 'registry'));
    const section = historySection(page(shallowDist, 'ru', 'passport-replacement'));
    expect(section).toContain('data-history="unavailable"');
    expect(text(section)).toContain('История изменений недоступна в этой версии сайта.');
    expect(text(historySection(page(shallowDist, 'ky', 'passport-replacement')))).toContain('өзгөрүүлөрдүн тарыхы жеткиликсиз');
    expect(readFileSync(join(shallowDist, 'ru', 'changes.xml'), 'utf8')).not.toContain('<entry>');
  });

  it('says history is unavailable for a registry outside git', () => {
    expect(readRegistryHistory(copyFixture('minimal'))).toEqual({ available: false, reason: 'no-git' });
  });
});
