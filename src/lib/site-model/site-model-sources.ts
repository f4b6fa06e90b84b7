import { staleFactYears } from '../../site-config.ts';
import { readRegistryHistory } from '../history/read-registry-history.ts';
import { dataVersion } from '../history/registry-version.ts';
import type { SiteModelSources } from './site-model.ts';

/** What a registry folder's git repository says of it (history, version), with the site's setting for old facts. */
export const siteModelSources = (root: string): SiteModelSources => ({ history: readRegistryHistory(root), version: dataVersion(root), staleAfterYears: staleFactYears });
