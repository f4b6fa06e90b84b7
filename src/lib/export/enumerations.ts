import type { z } from 'zod';
import {
  actStatus,
  actType,
  agencyKind,
  assessment,
  channelKind,
  fee,
  municipalityLevel,
  paymentKind,
  registerKind,
  service,
  surveyAnswer,
  timeUnit,
} from '../../schemas/index.ts';
import { type FlagRule, flagRules } from '../insight/flags.ts';

/**
 * A column's closed list of values, each explained. `schema` names the zod enumeration the values
 * come from, so the published `enum` can never drift from what the registry accepts.
 */
export interface Enumeration {
  values: readonly string[];
  /** What each value means, in English (the language of the field descriptions). */
  explain: Readonly<Record<string, string>>;
  schema?: z.ZodEnum;
}

type Values<E extends z.ZodEnum> = z.infer<E> & string;

/** An enumeration read from a zod enum; the type requires an explanation of every value. */
const fromSchema = <E extends z.ZodEnum>(schema: E, explain: Record<Values<E>, string>): Enumeration => ({ values: schema.options as readonly string[], explain, schema });

/** An enumeration the export itself defines (no registry field holds it). */
const own = <V extends string>(values: readonly V[], explain: Record<V, string>): Enumeration => ({ values, explain });

export const enumerations = {
  serviceLevel: fromSchema(service.shape.level, {
    state: 'a state service: provided by a state body or budget institution',
    municipal: 'a municipal service: provided by a local self-government',
  }),
  serviceStatus: fromSchema(service.shape.status, {
    active: 'provided now',
    retired: 'no longer provided or removed from the register; see retired_date',
  }),
  paymentKind: fromSchema(paymentKind, { free: 'free of charge', paid: 'paid', 'partly-paid': 'free for some applicants or parts, paid for others' }),
  registerKind: fromSchema(registerKind, {
    'unified-state': 'the Unified register of state services',
    'basic-municipal': 'the Basic register of municipal services',
    local: 'the local register of one municipality',
  }),
  currency: fromSchema(fee.shape.currency.unwrap(), { KGS: 'Kyrgyz som', USD: 'US dollar' }),
  timeUnit: fromSchema(timeUnit, {
    minutes: 'minutes',
    hours: 'hours',
    'working-days': 'working days',
    'calendar-days': 'calendar days',
    days: 'days, where the source does not say whether working or calendar days',
    months: 'months',
  }),
  channelKind: fromSchema(channelKind, {
    'in-person': "in person at the body's office",
    'public-service-centre': 'at a public service centre (single window)',
    'mobile-office': 'at a mobile office',
    phone: 'by phone',
    written: 'by a written request (post)',
    online: 'online, on a website or portal',
    'mobile-app': 'in a mobile application',
    abroad: 'abroad, at a diplomatic mission',
  }),
  agencyKind: fromSchema(agencyKind, {
    government: 'the Government or Cabinet of Ministers',
    ministry: 'a ministry',
    'state-committee': 'a state committee',
    'state-agency': 'a state agency',
    'state-service': 'a state service (a body called "service")',
    'state-fund': 'a state fund',
    'state-institution': 'a state (budget) institution',
    'state-enterprise': 'a state enterprise',
    department: 'a department of another body',
    'diplomatic-mission': 'an embassy or consulate',
    'local-self-government': "a local self-government (mayor's office, ayil okmotu)",
    'municipal-enterprise': 'a municipal enterprise',
    other: 'another kind of body',
  }),
  actType: fromSchema(actType, {
    constitution: 'the Constitution',
    code: 'a code',
    law: 'a law',
    'presidential-decree': 'a decree of the President',
    'government-decree': 'a decree of the Government (before May 2021)',
    'cabinet-resolution': 'a resolution of the Cabinet of Ministers (since May 2021)',
    'ministry-order': 'an order of a ministry',
    'agency-order': 'an order of another state body',
    'local-council-decision': 'a decision of a local council',
    other: 'another kind of act',
  }),
  actStatus: fromSchema(actStatus, {
    'in-force': 'in force',
    amended: 'in force, with amendments',
    repealed: 'repealed',
    unknown: "not yet confirmed: no one has checked the act's current status in the official legal database",
  }),
  municipalityLevel: fromSchema(municipalityLevel, {
    region: 'a region (oblast)',
    'city-of-republican-significance': 'Bishkek or Osh',
    district: 'a district (rayon)',
    city: 'a city',
    'ayil-aimak': 'an ayil aimak (rural municipality)',
  }),
  assessmentKind: fromSchema(assessment.shape.kind, {
    'independent-expertise': 'an independent expertise',
    monitoring: 'monitoring',
    survey: 'a survey',
    'analytical-paper': 'an analytical paper',
    'self-assessment': 'an assessment by the body itself',
    other: 'another kind',
  }),
  textLanguage: fromSchema(assessment.shape.language, { ky: 'Kyrgyz', ru: 'Russian', en: 'English' }),
  surveyUnit: fromSchema(surveyAnswer.shape.unit, { percent: 'percent of respondents', people: 'number of respondents' }),
  translated: own(['ky', 'ru', 'ky;ru'], {
    ky: "the Kyrgyz text is the project's translation of the Russian one",
    ru: "the Russian text is the project's translation of the Kyrgyz one",
    'ky;ru': 'both texts are marked as translations',
  }),
  localRegisterOrigin: own(['basic', 'local-addition'], {
    basic: 'a basic-register service listed in the local register',
    'local-addition': 'a service the local council added, whose register entry names this municipality',
  }),
  flagRule: own(flagRules, {
    'fee-without-act': 'a paid service whose fees rest on no legal act (draft law, art. 7)',
    'fee-act-repealed': 'a fee rests on an act that was repealed or replaced',
    'no-charging-ground': 'a paid service whose sources state none of the grounds on which a service may be paid',
    'no-standard': 'an active service with no act on record that approved its standard (draft law, art. 11)',
    'law-changed-since': 'an act behind a part of the record changed after the part was documented: re-check it',
    'local-register-unapproved': 'a local register (or a service in one) with no decision of the local council on record that approved it',
  } satisfies Record<FlagRule, string>),
  changeKind: own(['amended', 'repealed', 'replaced'], { amended: 'the act was amended', repealed: 'the act was repealed', replaced: 'the act was replaced by another' }),
  checkState: own(['documented', 'missing', 'not-applicable'], {
    documented: 'the registry documents it',
    missing: 'not yet documented',
    'not-applicable': 'does not apply to this service',
  }),
} satisfies Record<string, Enumeration>;

/** The values of an enumeration with their meanings, as one sentence for a field description. */
export const describeValues = (enumeration: Enumeration): string => `Values: ${enumeration.values.map((value) => `"${value}" (${enumeration.explain[value]})`).join(', ')}.`;
