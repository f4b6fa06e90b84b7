export { compareRegistries, type FieldChange, type RecordChange } from './compare-registries.ts';
export { diffRefs } from './diff-refs.ts';
export { fieldLabel, bilingual } from './field-labels.ts';
export { formatDiffMarkdown, formatFieldChange, type DiffSummary } from './format-diff-markdown.ts';
export { loadRegistryAtRef, materialiseRegistry } from './registry-at-ref.ts';
