import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionTerms } from '../../src/lib/export/cpsv-ap.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { exportRegistry, readJson } from './open-data-files.ts';
import { cpsvViolations, jsonLdQuads } from './shacl.ts';

const fixture = await exportRegistry(fixturePath('open-data-edge-cases'));
const real = await exportRegistry(join(repoRoot, 'registry'));
const text = (data: string) => readFileSync(join(data, 'services.jsonld'), 'utf8');
const document = readJson(join(fixture.data, 'services.jsonld'));
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

describe('services.jsonld (CPSV-AP 3.2.0)', () => {
  it.each([
    ['the edge-case fixture', fixture.data],
    ['the real registry', real.data],
  ])("conforms to SEMIC's SHACL shapes: %s", async (_name, data) => {
    expect(await cpsvViolations(text(data))).toEqual([]);
  });

  it('fails the shapes when a required property is missing, so the check above can fail', async () => {
    const broken = structuredClone(document);
    delete broken['@graph'].find((node: { '@id': string }) => node['@id'] === 'service/birth-registration').title;
    expect(await cpsvViolations(JSON.stringify(broken))).toEqual([expect.stringMatching(/service\/birth-registration: http:\/\/purl.org\/dc\/terms\/title/)]);
  });

  it('defines every property it uses in its context, kyzmat-only ones in the /ns# namespace of the published site', () => {
    const context = document['@context'];
    const undefinedTerms = [...propertiesOf(graph)].filter((name) => !name.startsWith('@') && !(name in context));
    expect(undefinedTerms).toEqual([]);
    expect(context.kyz).toBe('https://kyzmat.github.io/ns#');
    expect(context['@base']).toBe('https://kyzmat.github.io/id/');
    for (const term of Object.keys(extensionTerms)) expect(JSON.stringify(context[term])).toContain(`kyz:${term}`);
  });

  it('describes a service with its authority, legal resources, costs, channels, evidence, output and requirement', () => {
    const birth = service('birth-registration');
    expect(birth['@type']).toEqual(['cpsv:PublicService', 'schema:GovernmentService']);
    expect(birth.title.ru).toBeTruthy();
    expect(birth.description.ru).toContain('Стоимость');
    expect(birth.hasCompetentAuthority).toEqual(['agency/test-ministry']);
    expect(birth.hasLegalResource).toEqual(['act/government-decree-85-2012']);
    expect(birth.status).toBe('kyz:status-active');
    expect(birth.hasCost).toEqual([
      expect.objectContaining({ '@type': ['cv:Cost', 'schema:Offer'], hasValue: '510', currency: 'http://publications.europa.eu/resource/authority/currency/KGS' }),
    ]);
    expect(birth.hasInput.map((evidence: { '@type': string }) => evidence['@type'])).toEqual(['cv:Evidence', 'cv:Evidence']);
    expect(birth.produces[0]['@type']).toBe('cv:Output');
    expect(birth.processingTime).toBe('PT15M');
    const market = service('market-trade-permit');
    expect(market.hasChannel).toEqual([expect.objectContaining({ '@type': 'cv:Channel', channelType: 'kyz:channel-online', url: 'https://example.org/apply?a=1&b=2' })]);
    expect(graph.filter((node) => node['@id'] === 'agency/test-ministry')[0]['@type']).toContain('cv:PublicOrganisation');
    expect(graph.filter((node) => node['@type'] === 'eli:LegalResource').map((node) => node['@id'])).toEqual(['act/government-decree-85-2012']);
  });

  it('gives parts of a service identifiers from their content, not their position', () => {
    for (const node of graph.filter((item) => item['@id']?.startsWith('service/'))) {
      for (const part of [...(node.hasCost ?? []), ...(node.hasChannel ?? []), ...(node.hasInput ?? []), ...(node.produces ?? []), ...(node.holdsRequirement ?? [])]) {
        expect(part['@id']).toMatch(new RegExp(`^${node['@id']}#(cost|channel|evidence)-[0-9a-f]{8}(-\\d+)?$|^${node['@id']}#(output|requirement)$`));
        expect(part.identifier).toBe(part['@id'].slice('service/'.length));
      }
    }
    const fees = service('market-trade-permit').hasCost.map((cost: { '@id': string }) => cost['@id']);
    expect(new Set(fees).size).toBe(fees.length);
  });

  it('keeps amounts exactly as written, as typed strings', async () => {
    const quads = await jsonLdQuads(text(fixture.data));
    const values = [...quads]
      .filter((quad) => quad.predicate.value === 'http://data.europa.eu/m8g/hasValue')
      .map((quad) => `${quad.object.value}^^${(quad.object as { datatype: { value: string } }).datatype.value}`);
    expect(values).toContain('0.5^^http://www.w3.org/2001/XMLSchema#double');
    expect(values.every((value) => !/E/.test(value))).toBe(true);
  });

  it('names a competent authority the registry does not know as not yet documented, never an invented body', () => {
    const graphOfReal = readJson(join(real.data, 'services.jsonld'))['@graph'] as Record<string, any>[];
    const withoutProvider = real.registry.services.filter((record) => real.site.facts.get(record.id)!.providers.length === 0);
    for (const record of withoutProvider) {
      const [authority] = graphOfReal.find((node) => node['@id'] === `service/${record.id}`)!.hasCompetentAuthority;
      expect(authority, record.id).toMatchObject({ undocumented: true, prefLabel: { ru: expect.stringContaining('не задокументировано') } });
      expect(authority['@id']).toBeUndefined();
    }
  });
});
