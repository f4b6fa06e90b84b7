import { compareRegistries } from './compare-registries.ts';
import type { DiffSummary } from './format-diff-markdown.ts';
import { loadRegistryAtRef } from './registry-at-ref.ts';

/** Loads the registry at two git refs and compares them; the head's errors are returned, never thrown. */
export function diffRefs(repo: string, base: string, head: string, registryPath = 'registry'): DiffSummary {
  const before = loadRegistryAtRef(repo, base, registryPath);
  const after = loadRegistryAtRef(repo, head, registryPath);
  return {
    base,
    head,
    baseInvalid: before.errors.length > 0,
    headErrors: after.errors,
    changes: after.registry ? compareRegistries(before.registry, after.registry) : [],
  };
}
