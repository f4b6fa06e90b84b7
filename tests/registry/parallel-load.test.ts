import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { datedFacts } from '../../src/lib/registry/dated-facts.ts';
import { type LoadResult, loadRegistry, loadRegistryInParallel, loadRegistryTogether, planSharedLoad } from '../../src/lib/registry/index.ts';
import { startRegistryReaders } from '../../src/lib/registry/registry-readers.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';

// npm run validate and npm run export read the files in several threads; the result must not change.
describe('loading the registry with worker threads', () => {
  it('finds the same errors, at the same lines, as loading in one thread', async () => {
    const root = fixturePath('broken-four-errors');
    const { locate: _parallelLocate, ...parallel } = await loadRegistryInParallel(root, { threads: 2 });
    const { locate: _singleLocate, ...single } = loadRegistry(root);
    expect(parallel.errors.length).toBeGreaterThanOrEqual(4);
    expect(parallel).toEqual(single);
  });

  it('uses reading threads started before the files are listed, and lets go of those it does not need', async () => {
    const root = fixturePath('broken-four-errors');
    const { locate: _singleLocate, ...single } = loadRegistry(root);
    const { locate: _earlyLocate, ...early } = await loadRegistryInParallel(root, { readers: startRegistryReaders(2) });
    expect(early).toEqual(single);
    const unneeded = startRegistryReaders(1);
    const { locate: _oneLocate, ...oneThread } = await loadRegistryInParallel(root, { threads: 1, readers: unneeded });
    expect(oneThread).toEqual(single);
    // A thread let go ends by itself, so that the command that started it can end.
    expect(await unneeded[0]!.ended).toBe(0);
  });

  it('checks without building the model (validate), finding the same errors and reporting the same registry', async () => {
    const broken = fixturePath('broken-four-errors');
    const { locate: _checkLocate, ...checkOnly } = await loadRegistryInParallel(broken, { threads: 2, checkOnly: true });
    const { locate: _fullLocate, ...full } = loadRegistry(broken);
    expect(checkOnly).toEqual(full);

    const root = join(repoRoot, 'registry');
    const { checked, errors } = await loadRegistryInParallel(root, { threads: 2, checkOnly: true, locateDatedFacts: true });
    const { registry } = loadRegistry(root);
    expect(errors).toEqual([]);
    expect(checked!.counts).toEqual({
      services: registry!.services.length,
      agencies: registry!.agencies.length,
      acts: registry!.acts.length,
      municipalities: registry!.municipalities.length,
      assessments: registry!.assessments.length,
      generalRules: registry!.generalRules.length,
      categories: registry!.categories.length,
    });
    expect(checked!.services).toEqual(registry!.services.map((service) => ({ id: service.id, file: registry!.fileOf.services.get(service.id), dated: datedFacts(service) })));
  });

  it('builds the same model of the real registry', async () => {
    const root = join(repoRoot, 'registry');
    const parallel = await loadRegistryInParallel(root, { threads: 3, locateDatedFacts: true });
    const single = loadRegistry(root, { locateDatedFacts: true });
    expect(parallel.errors).toEqual([]);
    expect(parallel.registry!.services).toEqual(single.registry!.services);
    expect(parallel.registry!.assessments).toEqual(single.registry!.assessments);
    expect([...parallel.registry!.fileOf.services]).toEqual([...single.registry!.fileOf.services]);
    for (const file of parallel.registry!.fileOf.services.values())
      for (const path of [
        ['payment', 'fees', 0, 'as_of'],
        ['standard', 'deadline', 'as_of'],
        ['name', 'ru'],
      ])
        expect(parallel.locate(file, path)).toEqual(single.locate(file, path));
  });
});

// The build's two threads load the registry together, each reading some files and sending the other
// their results; each must end with the registry one thread alone would load.
describe('loading the registry in two threads that share the files', () => {
  const withoutLocate = ({ locate: _locate, ...result }: LoadResult) => result;

  it('gives each thread the same errors, at the same lines, as loading in one thread', async () => {
    const root = fixturePath('broken-four-errors');
    const { port1, port2 } = new MessageChannel();
    const plan = planSharedLoad(root, { chunk: 2 });
    const [one, other] = await Promise.all([loadRegistryTogether(plan, port1), loadRegistryTogether(plan, port2)]);
    const single = withoutLocate(loadRegistry(root));
    expect(single.errors.length).toBeGreaterThanOrEqual(4);
    expect(withoutLocate(one)).toEqual(single);
    expect(withoutLocate(other)).toEqual(single);
    port1.close();
  });

  it('builds the same model of the real registry in both threads, a thread that joins late included', async () => {
    const root = join(repoRoot, 'registry');
    const single = loadRegistry(root).registry!;
    const { port1, port2 } = new MessageChannel();
    const plan = planSharedLoad(root, { chunk: 16 });
    // The first reads every file before the other starts, as when Astro is still bundling the site.
    const first = await loadRegistryTogether(plan, port1);
    const late = await loadRegistryTogether(plan, port2);
    for (const { registry, errors } of [first, late]) {
      expect(errors).toEqual([]);
      expect(registry!.services).toEqual(single.services);
      expect(registry!.acts).toEqual(single.acts);
      expect([...registry!.fileOf.services]).toEqual([...single.fileOf.services]);
    }
    port1.close();
  });

  it('fails, rather than waits, when the other thread stops before sending the files it took', async () => {
    const { port1, port2 } = new MessageChannel();
    const plan = planSharedLoad(fixturePath('broken-four-errors'), { chunk: 2 });
    // The other thread took the first files, then stopped.
    Atomics.add(plan.next, 0, plan.chunk);
    const loading = loadRegistryTogether(plan, port1);
    port2.close();
    await expect(loading).rejects.toThrow('The other thread loading the registry stopped before sending the files it read.');
  });

  it('reports a missing registry folder in both threads', async () => {
    const { port1, port2 } = new MessageChannel();
    const plan = planSharedLoad(fixturePath('no-such-registry'));
    const results = await Promise.all([loadRegistryTogether(plan, port1), loadRegistryTogether(plan, port2)]);
    for (const { errors, registry } of results) {
      expect(registry).toBeUndefined();
      expect(errors.map((error) => error.message)).toEqual(['the registry folder does not exist']);
    }
    port1.close();
  });
});
