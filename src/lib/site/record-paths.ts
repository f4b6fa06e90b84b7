import type { Lang } from '../../i18n/locales.ts';
import type { RecordKind } from '../registry/index.ts';
import { paths } from './urls.ts';

/** The page of any record, by its kind: for lists that mix kinds (the feed, translation status). */
export const recordPath: Record<RecordKind, (lang: Lang, id: string) => string> = {
  services: paths.service,
  agencies: paths.agency,
  acts: paths.act,
  municipalities: paths.municipality,
  assessments: paths.assessment,
  generalRules: paths.generalRule,
};
