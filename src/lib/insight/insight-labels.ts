import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import { type StandardSectionKey, standardSectionKeys } from '../../schemas/index.ts';
import type { RecordPart } from '../service-view/service-facts.ts';
import { formatDate } from '../site/format.ts';
import { sectionTitle } from '../site/labels.ts';
import type { ScorecardCheck } from './completeness.ts';
import type { Flag } from './flags.ts';

/** The name of a part of a record, as the flags page and a service's flags say it. */
export function partName(part: RecordPart, lang: Lang): string {
  return part === 'payment' || part === 'procedure' || part === 'register' || part === 'local_register' ? t(lang, `insight.part.${part}`) : t(lang, `section.${part}`);
}

/** Why a flag is raised, in words: the facts of the record that break the rule. */
export function flagWhy(flag: Flag, lang: Lang): string {
  const date = flag.changeDate ? formatDate(flag.changeDate) : t(lang, 'insight.flags.changeUndated');
  const params = { date, part: flag.part ? partName(flag.part, lang) : '', asOf: flag.asOf ? formatDate(flag.asOf) : '' };
  if (flag.rule === 'no-charging-ground' && (flag.grounds?.length ?? 0) > 0) return t(lang, 'insight.rule.no-charging-ground.whyOther', params);
  return t(lang, `insight.rule.${flag.rule}.why`, params);
}

const isSectionKey = (check: ScorecardCheck): check is StandardSectionKey => (standardSectionKeys as readonly string[]).includes(check);

/** What a scorecard check is called: a section of the standard by its title, or one of the extra checks. */
export const checkName = (check: ScorecardCheck, lang: Lang): string => (isSectionKey(check) ? sectionTitle(check, lang) : t(lang, `insight.check.${check}`));

/** A check's column heading: the section's number in the law, or a short word for the extra checks. */
export const checkShort = (check: ScorecardCheck, lang: Lang): string =>
  isSectionKey(check) ? String(standardSectionKeys.indexOf(check) + 1) : t(lang, `insight.check.short.${check}`);
