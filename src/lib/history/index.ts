export { buildChangesFeed, recordOfFile } from './changes-feed.ts';
export { type FileChange, parseGitLog, type RegistryCommit, type RegistryHistory, readRegistryHistory } from './read-registry-history.ts';
export { recordHistory } from './record-history.ts';
