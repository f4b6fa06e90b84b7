import { z } from 'zod';
import { textProblem } from './text-checks.ts';
import { webAddressProblem } from './web-address.ts';

/** A record id: a stable lowercase Latin slug, also the file name. Official numbers such as "15-1" are data, not ids. */
export const recordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be a lowercase Latin slug: letters a-z, digits and single hyphens, e.g. "id-card"',
  })
  .max(80, { error: 'must be at most 80 characters' });

/** A calendar date written as YYYY-MM-DD; impossible dates such as 2023-02-30 are rejected. */
export const isoDate = z.iso.date({ error: 'must be a real date written as YYYY-MM-DD, e.g. 2024-03-12' });

/**
 * A web address a browser opens as written: http or https only (so that no script or data URL
 * reaches a page), read by the WHATWG URL parser, and refused when it hides a control character,
 * a space, a user name or a host with an empty part ("24.kg.").
 */
export const webUrl = z
  .string()
  .trim()
  .max(2000, { error: 'must be at most 2000 characters' })
  .check((context) => {
    const problem = webAddressProblem(context.value);
    if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
  })
  .meta({ format: 'uri' });

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .check((context) => {
      const problem = textProblem(context.value);
      if (problem) context.issues.push({ code: 'custom', message: problem.message, input: context.value });
    });

/** One line of text: a name, a title, a label. */
export const shortText = plainText(1000);
/** A paragraph or more of text. Markdown-like markup is shown as plain text. */
export const longText = plainText(20000);

/** The languages a registry text may be written in; English is for reference only. */
export const textLanguage = z.enum(['ky', 'ru', 'en']);
/** The languages a text can be officially sourced in, and so translated from. */
export const officialLanguage = z.enum(['ky', 'ru']);

const translationMarker = z
  .strictObject({
    ky: z.literal('ru').optional().describe('"ru": the Kyrgyz text is the project\'s unofficial translation of the Russian one.'),
    ru: z.literal('ky').optional().describe('"ky": the Russian text is the project\'s unofficial translation of the Kyrgyz one.'),
  })
  .describe(
    'Which texts are unofficial translations made by the project, and from which language, e.g. { ky: ru }. The original stays beside the translation; the site marks the translation as unofficial and links the original.',
  );

const localized = (text: z.ZodString) =>
  z
    .strictObject({
      ky: text.optional().describe('Kyrgyz text (the state language).'),
      ru: text.optional().describe('Russian text (the official language).'),
      en: text.optional().describe('English text, for reference only (often a machine translation by a legal database); never shown as official.'),
      translated: translationMarker.optional(),
    })
    .superRefine((value, context) => {
      if (value.ky === undefined && value.ru === undefined) {
        context.addIssue({
          code: 'custom',
          message:
            value.en === undefined
              ? 'needs text in at least one language: ky (Kyrgyz) or ru (Russian)'
              : 'has English only; add the Kyrgyz (ky) or Russian (ru) text: English is never the only language of a fact',
        });
      }
      for (const lang of officialLanguage.options) {
        const from = value.translated?.[lang];
        if (from === undefined) continue;
        if (value[lang] === undefined) {
          context.addIssue({ code: 'custom', path: ['translated'], message: `marks the ${lang} text as a translation, but there is no ${lang} text` });
        }
        if (value[from] === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['translated'],
            message: `marks the ${lang} text as translated from ${from}, but the original ${from} text is missing; keep the original beside the translation`,
          });
        }
      }
    });

/**
 * Text in Kyrgyz and Russian. A missing language is allowed and recorded, never invented: the site
 * then shows the other language with a "not yet translated" note. A translation made by the project
 * is marked in `translated`, so that it is never shown as official text.
 */
export const localizedName = localized(shortText).describe(
  'Text in Kyrgyz (ky) and Russian (ru). Leave a language out rather than invent a translation; mark a translation made by the project in "translated".',
);
export const localizedText = localized(longText).describe(
  'Text in Kyrgyz (ky) and Russian (ru). Leave a language out rather than invent a translation; mark a translation made by the project in "translated".',
);

/** A name that readers must have in both languages: Kyrgyz and Russian, either of them possibly a marked translation. */
export const bilingualName = localizedName
  .refine((value) => value.ky !== undefined, { error: 'needs the Kyrgyz name (ky); if no official one exists, translate it and mark it with translated: { ky: ru }', path: ['ky'] })
  .refine((value) => value.ru !== undefined, {
    error: 'needs the Russian name (ru); if no official one exists, translate it and mark it with translated: { ru: ky }',
    path: ['ru'],
  })
  .describe('A name in Kyrgyz (ky) and Russian (ru), both required; mark a translation made by the project in "translated".');

/**
 * A list with a maximum length. Each limit is far above what a real record holds and what the
 * country's registers need, and low enough that no list can make a page too long to read.
 */
export const list = <Item extends z.ZodType>(item: Item, max: number) =>
  z.array(item).max(max, { error: (issue) => `has ${(issue.input as unknown[]).length} items, more than the limit of ${max}` });

/** Where a fact comes from: an official page, a legal act in the registry, or both. */
export const source = z
  .strictObject({
    url: webUrl.optional().describe('Address of the page or document the fact was taken from.'),
    archived_url: webUrl.optional().describe('Address of an archived copy of the same page (e.g. in the Internet Archive), for when the original moves or disappears.'),
    act: recordId.optional().describe('Id of the legal act (in registry/acts/) the fact comes from.'),
    article: shortText.optional().describe('Article, point or annex of the act, e.g. "art. 7" or "Annex 2, row 5".'),
    title: shortText.optional().describe('Title of the page or document as it appears there.'),
    date: isoDate.optional().describe('Date of the source itself (publication or adoption), when it is visible.'),
    checked: isoDate.optional().describe('Date someone last checked that the source still says this.'),
    quote: longText.optional().describe('The short passage the fact was taken from, copied exactly.'),
    note: longText.optional().describe('Anything a reader must know about this source (outdated, truncated copy, machine translation...).'),
  })
  .refine((value) => value.url !== undefined || value.act !== undefined, {
    error: 'a source needs a url or an act id (or both)',
  })
  .meta({ id: 'source', description: 'Where a fact comes from.' });

export const sources = list(source, 50).min(1, { error: 'needs at least one source' }).describe('Where these facts come from.');

export const timeUnit = z
  .enum(['minutes', 'hours', 'working-days', 'calendar-days', 'days', 'months'])
  .describe('Unit of a time limit. Use "days" only when the source does not say whether working or calendar days are meant.');

/** A time limit such as "12 working days" or "3 hours". */
export const timeLimit = z
  .strictObject({
    amount: z.number({ error: 'must be a number' }).positive({ error: 'must be greater than zero' }).describe('How many units.'),
    unit: timeUnit,
  })
  .meta({ id: 'timeLimit', description: 'A time limit, e.g. { amount: 12, unit: working-days }.' });

export type LocalizedName = z.infer<typeof localizedName>;
export type LocalizedText = z.infer<typeof localizedText>;
export type TextLanguage = z.infer<typeof textLanguage>;
export type Source = z.infer<typeof source>;
export type TimeLimit = z.infer<typeof timeLimit>;
export type TimeUnit = z.infer<typeof timeUnit>;
