import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { copyFixture, fixturePath, repoRoot, writeIn } from '../helpers/fixtures.ts';

const service = readFileSync(join(fixturePath('content-marks'), 'services/translated-service.yaml'), 'utf8');

/** The errors of the content-marks fixture with its translated service's text changed. */
function errorsWith(from: string, to: string): string[] {
  expect(service).toContain(from);
  const dir = copyFixture('content-marks');
  writeIn(dir, 'services/translated-service.yaml', service.replace(from, to));
  return loadRegistry(dir, { displayRoot: 'registry' }).errors.map((error) => `${error.file}:${error.line}:${error.column} ${error.field} ${error.message}`);
}

describe('the content rules of npm run validate', () => {
  it('refuses a text in English only, naming the file, line and field', () => {
    expect(
      errorsWith('      ky: Арыз ээси маалымкат алат.\n      ru: Заявитель получает справку.\n      translated: { ru: ky }', '      en: The applicant gets a certificate.'),
    ).toEqual([
      'registry/services/translated-service.yaml:45:5 standard.result.text has English only; add the Kyrgyz (ky) or Russian (ru) text: English is never the only language of a fact',
    ]);
  });

  it('refuses a fee without the date its amount was true', () => {
    expect(errorsWith('      as_of: 2019-03-01\n', '')).toEqual([
      'registry/services/translated-service.yaml:13:7 payment.fees.0.as_of required field "as_of" is missing: expected text',
    ]);
  });

  it('refuses a deadline without the date its limits were true', () => {
    expect(errorsWith('    as_of: 2026-01-15\n    sources:\n      - url: https://example.org/deadline', '    sources:\n      - url: https://example.org/deadline')).toEqual([
      'registry/services/translated-service.yaml:51:3 standard.deadline.as_of required field "as_of" is missing: expected text',
    ]);
  });

  it('refuses a translation marker whose original is missing', () => {
    expect(errorsWith('      ky: Арыз ээси маалымкат алат.\n      ru: Заявитель получает справку.', '      ru: Заявитель получает справку.')).toEqual([
      'registry/services/translated-service.yaml:47:7 standard.result.text.translated marks the ru text as translated from ky, but the original ky text is missing; keep the original beside the translation',
    ]);
  });

  it('refuses a service name that lacks Kyrgyz or Russian', () => {
    expect(errorsWith('  ky: Үй-бүлө курамы жөнүндө маалымкат берүү\n  translated: { ky: ru }\n', '')).toEqual([
      'registry/services/translated-service.yaml:4:1 name.ky needs the Kyrgyz name (ky); if no official one exists, translate it and mark it with translated: { ky: ru }',
    ]);
  });

  it('lists facts older than two years as warnings that do not fail validation', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/validate.ts'), fixturePath('content-marks')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^tests\/fixtures\/registries\/content-marks\/services\/translated-service\.yaml:18:7 {2}payment\.fees\.0\.as_of {2}warning: dated 2019-03-01, more than 2 years before/m,
    );
    expect(run.stdout).toMatch(/^Registry is valid: 3 services/m);
  });
});
