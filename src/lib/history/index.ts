export { parseGitLog, readRegistryHistory, type FileChange, type RegistryCommit, type RegistryHistory } from './read-registry-history.ts';
export { recordHistory } from './record-history.ts';
export { buildChangesFeed, recordOfFile } from './changes-feed.ts';
