import { z } from 'zod';
import { bilingualName, isoDate, list, localizedText, recordId, sources } from './common.ts';
import { deadlineLimit, standardSections } from './service.ts';

/** A section of the standard that a general rule can stand in for (section 1, the name, never can). */
export const generalRuleSection = z
  .enum(Object.keys(standardSections) as [keyof typeof standardSections, ...(keyof typeof standardSections)[]])
  .describe('The section of the standard this rule stands in for on a service page that does not document its own.');

/**
 * A rule that a law in force sets for every service (or every state or municipal one): how to
 * complain, the right to free information in Kyrgyz or Russian, a waiting-time limit. A service page
 * shows its own section where documented, otherwise the general rule, labelled as such, with its source.
 */
export const generalRule = z
  .strictObject({
    id: recordId.describe('Stable id, equal to the file name, e.g. "complaints".'),
    title: bilingualName.describe('What the rule is about, e.g. "How to complain about a service".'),
    section: generalRuleSection
      .optional()
      .describe('The section of the standard it stands in for where a service documents none; leave out for a right shown beside the standard on every service page.'),
    levels: list(z.enum(['state', 'municipal']), 2)
      .min(1, { error: 'needs at least one level: state or municipal' })
      .optional()
      .describe('Which services it applies to: state, municipal, or both when left out.'),
    text: localizedText.describe('The rule in plain words, as the law states it.'),
    points: list(localizedText, 50).optional().describe('The steps or points of the rule in order, e.g. complain to the body, then to the higher body, then to court.'),
    limits: list(deadlineLimit, 50).optional().describe('Time limits the rule sets, e.g. 30 calendar days to answer a complaint.'),
    acts: list(recordId, 20).min(1, { error: 'needs at least one act: a general rule must come from a law in force' }).describe('Ids of the acts in force that set the rule.'),
    as_of: isoDate.describe('Date the rule was checked against the acts in force.'),
    note: localizedText.optional(),
    sources,
  })
  .describe('A rule a law in force sets for every service: complaints, information in Kyrgyz or Russian, waiting time.');

export type GeneralRule = z.infer<typeof generalRule>;
