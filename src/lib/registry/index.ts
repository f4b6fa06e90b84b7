export { loadRegistry, loadRegistryInParallel, type FileCache, type LoadOptions, type LoadResult } from './load-registry.ts';
export type { AssessmentRecord, Registry } from './registry-model.ts';
export { registryRoot } from './registry-root.ts';
export { formatError, formatGithubAnnotation, registryProblems, type ValidationError } from './validation-error.ts';
export { recordFilePattern, recordKindNames, recordKinds, taxonomyFiles, type RecordKind } from './record-kinds.ts';
export { findRecord, type AnyRecord, type RedirectedKind } from './registry-model.ts';
export type { LocalRegisterEntry, Relations } from './relations.ts';
