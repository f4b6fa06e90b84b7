import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { pinnedServices } from '../../src/lib/search/pinned-services.ts';
import { copyFixture, writeIn } from '../helpers/fixtures.ts';
import { siteModelOf } from '../helpers/site-model.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function registryWithPins(yaml: string) {
  const dir = copyFixture('minimal');
  made.push(dir);
  writeIn(dir, 'search-pins.yaml', yaml);
  return loadRegistry(dir, { displayRoot: 'registry' });
}

describe('registry/search-pins.yaml', () => {
  it('reports a pin whose service does not exist, with where and what to do', () => {
    const { errors } = registryWithPins('- service: no-such-service\n  queries:\n    ru: [паспорт]\n');
    expect(errors.map((error) => `${error.file}:${error.line} ${error.field} ${error.message}`)).toEqual([
      'registry/search-pins.yaml:1 0.service no service with id "no-such-service" exists (expected registry/services/no-such-service.yaml)',
    ]);
  });

  it('gives the search page each pinned service with its queries as keys, in each language', () => {
    const { errors } = registryWithPins('- service: birth-registration\n  queries:\n    ky: [паспортту алуу]\n    ru: [Паспорт, открыть паспорт]\n');
    expect(errors).toEqual([]);
    const site = siteModelOf(made.at(-1)!);
    expect(pinnedServices(site, 'ru').map(({ keys, url }) => ({ keys, url }))).toEqual([{ keys: ['паспорт'], url: '/ru/services/birth-registration/' }]);
    expect(pinnedServices(site, 'ky').map(({ keys }) => keys)).toEqual([['паспорт']]);
  });
});
