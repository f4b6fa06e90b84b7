import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { buildWithin, readPage, visibleText } from './built-html.ts';

// The site builds wherever it is checked out (a downloaded archive, a CI shallow clone) and from a
// registry that is still thin, and says what is missing instead of failing.

const notCopied = new Set(['.git', 'node_modules', 'dist', '.astro']);
const made: string[] = [];
afterAll(() => {
  // Newest first: a build's output sits in its checkout's node_modules, a link into this repository.
  for (const dir of made.reverse()) rmSync(dir, { recursive: true, force: true });
});

/** The working tree as it is now, without git metadata, sharing the installed packages. */
function copyWorkingTree(into: string): void {
  for (const entry of readdirSync(repoRoot)) if (!notCopied.has(entry)) cpSync(join(repoRoot, entry), join(into, entry), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(into, 'node_modules'), 'dir');
}

const textOf = (dist: string, address: string) => visibleText(readPage(dist, `${address.slice(1)}index.html`));

describe('the build survives its environment', () => {
  it('builds from a copy with no git at all, saying that the change history is unavailable', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kyzmat-no-git-'));
    made.push(copy);
    copyWorkingTree(copy);
    const build = buildWithin({ cwd: copy, registry: join(copy, 'registry'), env: { GIT_CEILING_DIRECTORIES: tmpdir() }, seconds: 240 });
    made.push(build.dist);
    expect(build.status, build.output).toBe(0);
    expect(textOf(build.dist, '/ru/services/id-card/')).toContain(t('ru', 'history.unavailable'));
    expect(textOf(build.dist, '/ky/services/id-card/')).toContain(t('ky', 'history.unavailable'));
  }, 300_000);

  it('builds from a shallow clone, saying that the change history is unavailable rather than showing cut dates', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'kyzmat-shallow-')), 'kyzmat');
    made.push(clone);
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repoRoot}`, clone], { stdio: 'pipe' });
    // Today's working tree on top of the one-commit history, as a CI checkout of this change would be.
    copyWorkingTree(clone);
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: clone, encoding: 'utf8' }).trim()).toBe('true');
    const build = buildWithin({ cwd: clone, registry: join(clone, 'registry'), seconds: 240 });
    made.push(build.dist);
    expect(build.status, build.output).toBe(0);
    expect(textOf(build.dist, '/ru/services/id-card/')).toContain(t('ru', 'history.unavailable'));
  }, 300_000);

  it('builds a registry with an empty category, a municipality without a local register and a service with only its required fields', () => {
    const build = buildWithin({ registry: fixturePath('bare-records'), seconds: 120 });
    made.push(build.dist);
    expect(build.status, build.output).toBe(0);

    const bareRu = textOf(build.dist, '/ru/services/bare-service/');
    expect(bareRu).toContain('Услуга, о которой известно только название');
    expect(bareRu).toContain(t('ru', 'doc.notDocumented'));
    const bareKy = textOf(build.dist, '/ky/services/bare-service/');
    expect(bareKy).toContain('Аталышы гана белгилүү кызмат');
    expect(bareKy).toContain(t('ky', 'doc.notDocumented'));

    expect(textOf(build.dist, '/ru/categories/empty-category/')).toContain(t('ru', 'category.empty'));
    expect(textOf(build.dist, '/ky/categories/empty-category/')).toContain(t('ky', 'category.empty'));
    expect(textOf(build.dist, '/ru/municipalities/test-region/')).toContain(t('ru', 'municipality.noLocalRegister'));
    expect(textOf(build.dist, '/ky/municipalities/test-region/')).toContain(t('ky', 'municipality.noLocalRegister'));
  }, 150_000);
});
