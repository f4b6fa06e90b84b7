export { compareRegistries, type FieldChange, type RecordChange } from './compare-registries.ts';
export { diffRefs } from './diff-refs.ts';
export { bilingual, fieldLabel } from './field-labels.ts';
export { type DiffSummary, formatDiffMarkdown, formatFieldChange } from './format-diff-markdown.ts';
export { loadRegistryAtRef, materialiseRegistry } from './registry-at-ref.ts';
