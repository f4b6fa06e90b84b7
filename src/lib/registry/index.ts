export {
  type LoadOptions,
  type LoadResult,
  loadRegistry,
  loadRegistryInParallel,
  loadRegistryTogether,
  planSharedLoad,
  type SharedLoad,
} from './load-registry.ts';
export type { FileCache } from './read-and-validate.ts';
export { type RecordKind, recordFilePattern, recordKindNames, recordKinds, taxonomyFiles } from './record-kinds.ts';
export type { AssessmentRecord, Registry } from './registry-model.ts';
export { type AnyRecord, findRecord, type RedirectedKind } from './registry-model.ts';
export { registryRoot } from './registry-root.ts';
export type { LocalRegisterEntry, Relations } from './relations.ts';
export { formatError, formatGithubAnnotation, registryProblems, type ValidationError } from './validation-error.ts';
