import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionTerms } from '../../src/lib/export/cpsv-ap.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { exportRegistry, readJson } from './open-data-files.ts';

const { data } = exportRegistry(fixturePath('open-data-edge-cases'));
const document = readJson(join(data, 'services.jsonld'));
const graph = document['@graph'] as Record<string, any>[];
const service = (id: string) => graph.find((node) => node['@id'] === `service/${id}`)!;

/** Every property name used anywhere in a node, nested nodes included. */
function propertiesOf(value: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) propertiesOf(item, names);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      names.add(key);
      // Language maps hold language codes, not properties.
      const languageMap = child !== null && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).every((k) => ['ky', 'ru', 'en'].includes(k));
      if (!languageMap) propertiesOf(child, names);
    }
  }
  return names;
}

describe('services.jsonld (CPSV-AP)', () => {
  it('defines every property it uses in its context, kyzmat-only ones in the extension namespace', () => {
    const context = document['@context'];
    const undefinedTerms = [...propertiesOf(graph)].filter((name) => !name.startsWith('@') && !(name in context));
    expect(undefinedTerms).toEqual([]);
    expect(context.kyz).toBe('https://kyzmat.example/ns#');
    for (const term of Object.keys(extensionTerms)) expect(JSON.stringify(context[term])).toContain(`kyz:${term}`);
  });

  it('describes a service with its authority, legal resources, costs, channels, evidence, output and requirement', () => {
    const birth = service('birth-registration');
    expect(birth['@type']).toBe('cpsv:PublicService');
    expect(birth.hasCompetentAuthority).toEqual(['agency/test-ministry']);
    expect(birth.hasLegalResource).toEqual(['act/government-decree-85-2012']);
    expect(birth.hasCost).toEqual([expect.objectContaining({ '@type': 'cv:Cost', value: 510, currency: 'KGS', isDefinedBy: 'act/government-decree-85-2012' })]);
    expect(birth.hasInput.map((evidence: { '@type': string }) => evidence['@type'])).toEqual(['cv:Evidence', 'cv:Evidence']);
    expect(birth.produces[0]['@type']).toBe('cv:Output');
    expect(birth.processingTime).toBe('PT15M');
    const market = service('market-trade-permit');
    expect(market.hasChannel).toEqual([expect.objectContaining({ '@type': 'cv:Channel', channelType: 'online', url: 'https://example.org/apply?a=1&b=2' })]);
    expect(graph.filter((node) => node['@type'] === 'cv:PublicOrganisation').map((node) => node['@id'])).toEqual(['agency/test-ministry']);
    expect(graph.filter((node) => node['@type'] === 'eli:LegalResource').map((node) => node['@id'])).toEqual(['act/government-decree-85-2012']);
  });
});
