import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { translationGaps } from '../../src/lib/translation/translation-gaps.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixtures.ts';

describe('translation status', () => {
  let registryDir: string;
  let dist: string;

  beforeAll(() => {
    registryDir = copyFixture('minimal');
    dist = buildSite(registryDir);
  });

  it('lists each field lacking Kyrgyz or Russian text, by record, and counts them per kind', () => {
    const { records, counts } = translationGaps(loadRegistry(registryDir, { displayRoot: 'registry' }).registry!);
    const birth = records.find((record) => record.kind === 'services' && record.id === 'birth-registration')!;
    expect(birth.file).toBe('registry/services/birth-registration.yaml');
    const gaps = Object.fromEntries(birth.gaps.map((gap) => [gap.path.join('.'), gap.missing]));
    expect(gaps['payment.fees.0.for']).toEqual(['ky']);
    expect(gaps['standard.result.text']).toEqual(['ru']);
    expect(gaps['standard.documents.items.1.condition']).toEqual(['ky']);
    expect(gaps).not.toHaveProperty('name');
    const services = counts.find((count) => count.kind === 'services')!;
    expect(services.missingKy).toBe(
      records
        .filter((record) => record.kind === 'services')
        .flatMap((record) => record.gaps)
        .filter((gap) => gap.missing.includes('ky')).length,
    );
    expect(services.records).toBeGreaterThan(0);
  });

  it('shows the gaps on a page in each language, with a link to fix each record', () => {
    const html = readFileSync(join(dist, 'ru', 'translation-status', 'index.html'), 'utf8');
    const item = html.match(/<li data-record="services\/birth-registration">[\s\S]*?<\/ul>/)?.[0] ?? '';
    expect(item).toContain('href="/ru/services/birth-registration/"');
    expect(item).toMatch(/href="https:\/\/github\.com\/kyzmat\/kyzmat\/edit\/main\/[^"]*services\/birth-registration\.yaml"/);
    expect(item.replace(/<[^>]+>/g, '')).toContain('Стоимость › Платежи › 1 › За что: нет на кыргызском');
    // No field paths or ids: a reader sees field names and the record's name.
    expect(item).not.toContain('payment.fees.0.for');
    expect(item).not.toContain('<code>');
    expect(html).toMatch(/<tr data-kind="services"><th scope="row">Услуги<\/th><td data-label="[^"]+">\d+<\/td>/);
    const ky = readFileSync(join(dist, 'ky', 'translation-status', 'index.html'), 'utf8');
    expect(ky).toContain('Котормонун абалы');
  });
});
