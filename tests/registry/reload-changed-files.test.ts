import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileCache, loadRegistry } from '../../src/lib/registry/index.ts';
import { copyFixture } from '../helpers/fixtures.ts';

// `npm run dev` reloads the registry after each save, re-reading only the files that changed.
describe('loading again with the results of an earlier load', () => {
  it('shows the edited file, keeps the unchanged records, and still reports a new error', () => {
    const root = copyFixture('minimal');
    const fileCache: FileCache = new Map();
    const first = loadRegistry(root, { fileCache }).registry!;

    const file = join(root, 'services/birth-registration.yaml');
    const later = new Date(Date.now() + 5_000);
    writeFileSync(file, readFileSync(file, 'utf8').replace('ru: "Государственная регистрация рождения', 'ru: "Изменённое название'));
    utimesSync(file, later, later);
    const second = loadRegistry(root, { fileCache }).registry!;
    expect(second.service.get('birth-registration')!.name.ru).toMatch(/^Изменённое название/);
    expect(second.service.get('old-certificate')).toBe(first.service.get('old-certificate'));

    writeFileSync(file, readFileSync(file, 'utf8').replace('level: state', 'level: galactic'));
    utimesSync(file, new Date(later.getTime() + 5_000), new Date(later.getTime() + 5_000));
    const broken = loadRegistry(root, { fileCache });
    expect(broken.registry).toBeUndefined();
    expect(broken.errors.map((error) => `${error.file.endsWith('services/birth-registration.yaml')} ${error.field}`)).toEqual(['true level']);
  });
});
