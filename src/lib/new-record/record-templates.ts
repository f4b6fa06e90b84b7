import { actStatus, actType } from '../../schemas/act.ts';
import { agencyKind } from '../../schemas/agency.ts';
import { paymentKind } from '../../schemas/service.ts';
import { type RecordKind, recordKinds } from '../registry/record-kinds.ts';

/** The kinds `npm run new` can start, by the word a volunteer types, with the record kind (folder, schema) each is. */
export const newRecordKinds = {
  service: recordKinds.services,
  agency: recordKinds.agencies,
  act: recordKinds.acts,
} as const satisfies Record<string, (typeof recordKinds)[RecordKind]>;
export type NewRecordKind = keyof typeof newRecordKinds;

const choices = (options: readonly string[]) => options.join(', ');

const header = (kind: NewRecordKind) => `# yaml-language-server: $schema=../_schemas/${newRecordKinds[kind].schemaName}.schema.json
# A new ${kind}. Fill in every field marked REQUIRED, then run \`npm run validate\`.
# Every fact needs a source; leave out what no source documents (the site then shows
# "not yet documented"). Where a text is sourced in one language only, you may translate it:
# mark the translation (translated: { ky: ru } when ky is your translation of ru) and keep the original.
# Lines starting with "#" are hints; uncomment an optional block to use it.
`;

const nameBlock = (what: string) => `# REQUIRED: ${what}, in Kyrgyz (ky) and Russian (ru); mark the one you translated.
name:
  ky:
  ru:
  # translated: { ky: ru }
`;

const sourcesBlock = `# REQUIRED: where the facts of this record come from (a url, or act: <id of a legal act>).
sources:
  - url:
    # date: YYYY-MM-DD        # date of the source, when it shows one
    # quote: "..."            # the exact passage the facts come from
`;

/** A commented YAML template for a new record; it validates once its REQUIRED fields are filled in. */
export function recordTemplate(kind: NewRecordKind, id: string): string {
  if (kind === 'service') {
    return `${header(kind)}id: ${id}
# REQUIRED: state (a state body or budget institution) or municipal (a local self-government).
level:
${nameBlock('the official name of the service (section 1 of its standard)')}# REQUIRED: ids of life situations from registry/categories.yaml, e.g. [civil-status].
categories: []
status: active
# register:                   # its place in an official register, when a source shows it
#   kind: unified-state       # unified-state, basic-municipal or local
#   chapter: "4"
#   item: "15-1"
#   act: government-decree-85-2012
#   sources:
#     - act: government-decree-85-2012
# payment:
#   kind: paid                # ${choices(paymentKind.options)}
#   fees:
#     - amount: 510
#       for:
#         ru: за 12 рабочих дней
#         ky: 12 жумуш күнүндө
#         translated: { ky: ru }
#       as_of: 2025-01-15     # REQUIRED for a fee: the date the amount was true by its source
#   sources:
#     - url: https://...
# standard:                   # sections 2-15 of the standard; see registry/services/id-card.yaml
#   provider:
#     agencies: [agency-id]
#     sources:
#       - url: https://...
${sourcesBlock}`;
  }
  if (kind === 'agency') {
    return `${header(kind)}id: ${id}
# REQUIRED: one of ${choices(agencyKind.options)}.
kind:
${nameBlock('the full official name in the nominative case')}# short_name:
#   ru: Минюст
# parent: id-of-the-parent-body
# website: https://...
${sourcesBlock}`;
  }
  return `${header(kind)}id: ${id}
# REQUIRED: one of ${choices(actType.options)}.
type:
# number: "85"
# date: YYYY-MM-DD
# title:
#   ky: ...
#   ru: ...
# urls:
#   - url: https://cbd.minjust.gov.kg/...
#     lang: ru
# REQUIRED: one of ${choices(actStatus.options)}.
status:
${sourcesBlock}`;
}
