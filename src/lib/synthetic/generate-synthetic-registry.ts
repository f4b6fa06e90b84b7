import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export interface SyntheticOptions {
  /** A valid registry whose agencies, acts, municipalities and taxonomies are copied and whose services are used as templates. */
  from: string;
  /** Folder to write; emptied first. Never the real registry. */
  to: string;
  services: number;
}

const suffixText = (value: unknown, suffix: string): unknown => {
  if (value === null || typeof value !== 'object') return value;
  const text = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(text).map(([lang, s]) => [lang, typeof s === 'string' ? `${s} ${suffix}` : s]));
};

/**
 * Writes a registry of `services` synthetic services for scale tests and benchmarks: the real
 * agencies, acts, municipalities and taxonomies, plus copies of the real services with new ids and
 * numbered names, so record sizes, both languages and references stay realistic.
 */
export function generateSyntheticRegistry({ from, to, services }: SyntheticOptions): void {
  if (existsSync(join(to, '.git')) || to === from) throw new Error(`refusing to write synthetic data into ${to}`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(join(to, 'services'), { recursive: true });
  for (const entry of ['agencies', 'acts', 'municipalities', 'assessments', 'categories.yaml', 'registers.yaml']) {
    if (existsSync(join(from, entry))) cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
  const templates = readdirSync(join(from, 'services'))
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => parse(readFileSync(join(from, 'services', name), 'utf8')) as Record<string, unknown>)
    // Retired services and redirects would multiply former ids; templates are active services only.
    .filter((service) => service.status === 'active');
  if (templates.length === 0) throw new Error(`no active service in ${from}/services to use as a template`);

  for (let i = 0; i < services; i++) {
    const template = templates[i % templates.length]!;
    const id = `${String(template.id)}-synthetic-${i}`;
    const { former_ids: _formerIds, ...rest } = template;
    const service = { ...rest, id, name: suffixText(template.name, `№${i}`) };
    writeFileSync(join(to, 'services', `${id}.yaml`), stringify(service, { lineWidth: 0 }));
  }
}
