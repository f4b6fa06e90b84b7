import { z } from 'zod';
import { isoDate, list, localizedName, localizedText, recordId, shortText, sources } from './common.ts';
import { standardSectionKeys } from './service.ts';

export const figure = z
  .strictObject({
    label: localizedName.describe('What was counted, e.g. "respondents who paid an informal payment".'),
    value: z.number({ error: 'must be a number' }).describe('The figure.'),
    unit: z.enum(['percent', 'people', 'services', 'days', 'minutes', 'som', 'count']).describe('Unit of the figure.'),
    base: localizedName.optional().describe('Of whom or of what, e.g. "of 1,200 respondents".'),
  })
  .describe('A number reported by the assessment.');

export const finding = z
  .strictObject({
    text: localizedText.describe('The finding in plain words.'),
    service: recordId.optional().describe('Id of the service the finding is about, if one.'),
    section: z.enum(standardSectionKeys).optional().describe('Section of the standard the finding is measured against.'),
    figures: list(figure, 50).optional(),
    page: shortText.optional().describe('Page or section of the report.'),
  })
  .describe('One finding of the assessment.');

export const surveyAnswer = z
  .strictObject({
    label: localizedName.describe('The answer as the report words it, copied exactly.'),
    value: z.number({ error: 'must be a number' }).describe('Share or count of respondents who gave this answer.'),
    unit: z.enum(['percent', 'people']).describe('Unit of the value.'),
    approximate: z.boolean().optional().describe('True when the report gives the value as approximate ("about 62%").'),
  })
  .describe('One answer to a survey question and how many gave it.');

export const survey = z
  .strictObject({
    question: localizedText.describe('The question as the report prints it, copied exactly.'),
    base: localizedName.optional().describe('Who was asked, e.g. "state officials interviewed".'),
    answers: list(surveyAnswer, 50).min(1, { error: 'needs at least one answer' }).describe('The answers the report gives figures for, in its order.'),
    page: shortText.optional().describe('Page, chart or section of the report.'),
    note: localizedText.optional().describe('What a reader must know, e.g. "shares do not add up to 100%: the report gives only these".'),
  })
  .describe('One survey question with its distribution of answers.');

export const assessment = z
  .strictObject({
    id: recordId.describe('Stable id, equal to the file name without .md.'),
    title: localizedName,
    kind: z.enum(['independent-expertise', 'monitoring', 'survey', 'analytical-paper', 'self-assessment', 'other']).describe('Kind of assessment.'),
    assessors: list(localizedName, 50).min(1, { error: 'needs at least one assessor' }).describe('Who carried it out.'),
    published: isoDate.optional().describe('Date of publication (use the first day of the year or month if only that is known, and say so in "note").'),
    year: z.number().int().min(1991).max(2100).optional().describe('Year of publication, when the exact date is not known.'),
    period: localizedName.optional().describe('Period the assessment covers.'),
    method: localizedText.describe('How it was done: survey, interviews, document review...'),
    sample: localizedText.optional().describe('Who or what was covered, and how many.'),
    services: list(recordId, 1000).optional().describe('Ids of the services assessed.'),
    findings: list(finding, 500).optional(),
    surveys: list(survey, 200).optional().describe('Survey questions with their answer distributions, as the report gives them.'),
    language: z.enum(['ky', 'ru', 'en']).describe('Language of the Markdown body below the front matter.'),
    note: localizedText.optional(),
    sources,
  })
  .describe('An independent assessment or monitoring report (Markdown with YAML front matter).');

export type Assessment = z.infer<typeof assessment>;
export type Finding = z.infer<typeof finding>;
export type Survey = z.infer<typeof survey>;
