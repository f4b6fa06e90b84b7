import { z } from 'zod';
import { bilingualName, isoDate, list, localizedName, localizedText, recordId, shortText, sources, timeLimit, webUrl } from './common.ts';

/** Sources that say different things about the same fact: shown side by side with their dates, never silently resolved. */
export const conflict = z
  .strictObject({
    about: localizedName.describe('What the sources disagree on, e.g. "the fee for registering a right".'),
    claims: list(
      z
        .strictObject({
          text: localizedText.describe('What this source says, e.g. "833 som; 1,800 som urgently".'),
          sources,
        })
        .describe("One source's version of the fact."),
      10,
    )
      .min(2, { error: 'needs at least two claims: a conflict is two or more sources that disagree' })
      .describe("Each source's version, in the order to show them."),
    note: localizedText.optional().describe('What is known about why they differ, or which one a reader should ask about.'),
  })
  .meta({ id: 'conflict', description: 'Sources that disagree about one fact, each with its own sources and dates.' });

const sectionFields = {
  text: localizedText.optional().describe('What the standard or official source says, in plain words.'),
  as_of: isoDate.optional().describe('Date these facts were true according to their sources; shown as the age of the facts.'),
  note: localizedText.optional().describe('Caveats for the reader, e.g. "list cut off in the archived copy".'),
  conflicts: list(conflict, 20).optional().describe('Facts of this part on which sources disagree; each shown with its sources and dates.'),
  sources,
};

const hasContent = (keys: string[]) => (value: Record<string, unknown>) =>
  keys.some((key) => value[key] !== undefined && !(Array.isArray(value[key]) && (value[key] as unknown[]).length === 0));

/** A section of the standard that is plain text with its sources. */
const textSection = (description: string) =>
  z
    .strictObject(sectionFields)
    .refine(hasContent(['text']), { error: 'needs text (what the source says)' })
    .describe(description);

export const requiredDocument = z
  .strictObject({
    name: localizedName.describe('The document or action, e.g. "Passport of the applicant".'),
    detail: localizedText.optional().describe('Original or copy, form number, who issues it.'),
    condition: localizedText.optional().describe('When it is needed, e.g. "for children under 16".'),
    sources: sources.optional().describe("Sources for this item, if they differ from the section's."),
  })
  .describe('One document or action the applicant must provide.');

export const channelKind = z
  .enum(['in-person', 'public-service-centre', 'mobile-office', 'phone', 'written', 'online', 'mobile-app', 'abroad'])
  .describe('How the service can be requested or received.');

export const channel = z
  .strictObject({
    kind: channelKind,
    url: webUrl.optional().describe('For online channels: the address of the service.'),
    text: localizedText.optional().describe('Where exactly, when, and what can be done through this channel.'),
    sources: sources.optional().describe("Sources for this channel, if they differ from the section's."),
  })
  .describe('One way to apply for or receive the service.');

export const deadlineLimit = timeLimit
  .extend({
    for: localizedName.optional().describe('What this limit applies to, e.g. "making the card" or "urgent issue".'),
    at_most: z.boolean().optional().describe('True when the source says "no more than"; false when it says "from".'),
  })
  .describe('One time limit of the service.');

export const standardSections = {
  result: textSection('Section 2: the result the applicant receives.'),
  recipients: textSection('Section 3: who may apply (individuals, legal entities, conditions).'),
  provider: z
    .strictObject({
      ...sectionFields,
      agencies: list(recordId, 100).optional().describe('Ids of the bodies that provide the service.'),
    })
    .refine(hasContent(['text', 'agencies']), { error: 'needs agencies (body ids) or text' })
    .describe('Section 4: the providing body, its units and addresses.'),
  documents: z
    .strictObject({
      ...sectionFields,
      items: list(requiredDocument, 100).optional().describe('The documents and actions, one per item.'),
      complete: z.boolean().optional().describe('False when the source list is known to be cut off or partial.'),
    })
    .refine(hasContent(['text', 'items']), { error: 'needs items (documents) or text' })
    .describe('Section 5: the complete list of documents and actions required from the applicant.'),
  deadline: z
    .strictObject({
      ...sectionFields,
      as_of: isoDate.describe('Date these time limits were true according to their sources; required, because deadlines change and the site shows their age.'),
      limits: list(deadlineLimit, 50).optional().describe('The time limits.'),
    })
    .refine(hasContent(['text', 'limits']), { error: 'needs limits (amount and unit) or text' })
    .describe('Section 6: how long the service takes.'),
  channels: z
    .strictObject({ ...sectionFields, items: list(channel, 50).optional().describe('The channels, one per item.') })
    .refine(hasContent(['text', 'items']), { error: 'needs items (channels) or text' })
    .describe('Section 7: how to apply: in person, by phone, in writing, online.'),
  premises: textSection('Section 8: requirements for the premises where people apply in person.'),
  quality: textSection('Section 9: quality parameters (waiting time, courtesy, measurability...).'),
  price_justification: textSection('Section 10: for a paid service, the justification of its price agreed with the antimonopoly body.'),
  provider_cost: textSection('Section 11: for a free service, what providing it costs the body.'),
  refusal_grounds: z
    .strictObject({ ...sectionFields, items: list(localizedText, 100).optional().describe('The grounds, one per item.') })
    .refine(hasContent(['text', 'items']), { error: 'needs items (grounds) or text' })
    .describe('Section 12: the complete list of grounds to refuse documents or the service.'),
  staff_duties: textSection('Section 13: duties of the staff who provide the service.'),
  complaints: z
    .strictObject({ ...sectionFields, agencies: list(recordId, 100).optional().describe('Ids of bodies that hear complaints.') })
    .refine(hasContent(['text', 'agencies']), { error: 'needs text or agencies' })
    .describe('Section 14: how to complain, pre-trial and in court, to whom and where.'),
  liability: textSection('Section 15: liability of the body for breaking the standard.'),
};

/** The 15 sections of a service standard in their legal order; section 1 is the service's name. */
export const standardSectionKeys = ['name', ...(Object.keys(standardSections) as (keyof typeof standardSections)[])] as const;
export type StandardSectionKey = (typeof standardSectionKeys)[number];

export const standard = z
  .strictObject({
    approved_by: recordId.optional().describe('Id of the act that approved this standard.'),
    result: standardSections.result.optional(),
    recipients: standardSections.recipients.optional(),
    provider: standardSections.provider.optional(),
    documents: standardSections.documents.optional(),
    deadline: standardSections.deadline.optional(),
    channels: standardSections.channels.optional(),
    premises: standardSections.premises.optional(),
    quality: standardSections.quality.optional(),
    price_justification: standardSections.price_justification.optional(),
    provider_cost: standardSections.provider_cost.optional(),
    refusal_grounds: standardSections.refusal_grounds.optional(),
    staff_duties: standardSections.staff_duties.optional(),
    complaints: standardSections.complaints.optional(),
    liability: standardSections.liability.optional(),
  })
  .describe('The service standard: sections 2-15 of the law (section 1 is the name). Every section is optional; a missing one is shown as "not yet documented".');

export const fee = z
  .strictObject({
    amount: z.number({ error: 'must be a number (write 510, not "510 сом")' }).nonnegative({ error: 'must not be negative' }).describe('The amount.'),
    currency: z.enum(['KGS', 'USD']).default('KGS').describe('Currency; KGS (som) unless the source says otherwise.'),
    for: localizedName.describe('What the amount is for, e.g. "issue within 12 working days".'),
    within: timeLimit.optional().describe('For urgency tiers: the time limit this price buys.'),
    act: recordId.optional().describe('Id of the act that sets this fee.'),
    as_of: isoDate.describe(
      "Date the amount was valid according to its source (the source's date, or the date it was checked); required, because fees change and the site shows their age.",
    ),
    note: localizedText.optional(),
    sources: sources.optional().describe("Sources for this fee, if they differ from the payment section's."),
  })
  .describe('One fee or price.');

export const paymentKind = z.enum(['free', 'paid', 'partly-paid']).describe('Whether the service is free, paid or partly paid.');

/**
 * The grounds on which a state service may be paid, from the 2011 register regulation (Government decree No. 129 of
 * 31.03.2011) as quoted in the 2012 paper, and art. 7 of the draft law; "other" records a stated ground that is none of them.
 */
export const chargingGround = z
  .enum(['commercial-activity', 'dangerous-objects', 'repeat-issue', 'beyond-standard', 'not-constitutional-duty', 'other'])
  .describe(
    "Ground for charging: commercial-activity (the service gives a right to profit, e.g. from national resources), dangerous-objects (ownership of weapons, vehicles...), repeat-issue (lost or damaged document, duplicate), beyond-standard (urgency, convenience, place), not-constitutional-duty (not among the state's constitutional duties), other (a ground the source states that is none of these).",
  );

export const payment = z
  .strictObject({
    kind: paymentKind,
    charging_grounds: list(chargingGround, chargingGround.options.length)
      .optional()
      .describe('For a paid or partly paid service: the grounds for charging that its sources state. Leave out when no source states one.'),
    fees: list(fee, 100).optional().describe('The fees; required for a paid service unless fee_undocumented is true.'),
    fee_undocumented: z.boolean().optional().describe('True when the service is known to be paid but no amount has been found in a source yet.'),
    ...sectionFields,
  })
  .describe('Whether the service costs money, and how much.');

export const procedureStep = z
  .strictObject({
    title: localizedName.describe('What happens in this step.'),
    detail: localizedText.optional(),
    actor: localizedName.optional().describe('Who does it (applicant, registry officer...).'),
    time_limit: timeLimit.optional().describe('How long this step may take.'),
    sources: sources.optional(),
  })
  .describe('One step of the administrative procedure.');

export const procedure = z
  .strictObject({
    steps: list(procedureStep, 100).min(1, { error: 'needs at least one step' }).describe('The steps in order.'),
    approved_by: recordId.optional().describe('Id of the administrative regulation that sets the procedure.'),
    ...sectionFields,
  })
  .describe('The administrative procedure: ordered steps with their time limits.');

export const registerKind = z
  .enum(['unified-state', 'basic-municipal', 'local'])
  .describe("Which register: the Unified register of state services, the Basic register of municipal services, or one municipality's local register.");

export const registerEntry = z
  .strictObject({
    kind: registerKind,
    municipality: recordId.optional().describe('For a local register: id of the municipality.'),
    chapter: shortText.optional().describe('Chapter of the register as printed, e.g. "4".'),
    item: shortText.optional().describe('Item number as printed, e.g. "15-1". Numbers change; they are not ids.'),
    act: recordId.optional().describe('Id of the act that put the service in the register (or last restated its entry).'),
    name_in_register: localizedText.optional().describe("The service's name exactly as printed in the register, when it differs."),
    standard_body: recordId.optional().describe('Id of the body responsible for the standard, as the register names it.'),
    payment_in_register: paymentKind.optional().describe('Free or paid, as the register column says.'),
    ...sectionFields,
  })
  .describe("The service's place in an official register.");

export const retirement = z
  .strictObject({
    date: isoDate.describe('Date the service stopped being provided or was removed from the register.'),
    act: recordId.optional().describe('Id of the act that removed it.'),
    replaced_by: recordId.optional().describe('Id of the service that replaced it.'),
    reason: localizedText.optional(),
    sources,
  })
  .describe('When and why a service was retired. Its page stays online, marked retired.');

export const service = z
  .strictObject({
    id: recordId.describe('Stable id, equal to the file name, e.g. "id-card".'),
    former_ids: list(recordId, 50).optional().describe('Earlier ids of this service; their addresses redirect here.'),
    level: z.enum(['state', 'municipal']).describe('A state service (state body or budget institution) or a municipal one (local self-government).'),
    name: bilingualName.describe('Section 1: the official name of the service, in Kyrgyz and Russian.'),
    everyday_names: z
      .strictObject({
        ky: list(shortText, 50).optional(),
        ru: list(shortText, 50).optional(),
      })
      .optional()
      .describe('Words people search for, e.g. "прописка", "ID-карта".'),
    categories: list(recordId, 20).min(1, { error: 'needs at least one category id from registry/categories.yaml' }).describe('Ids of life-situation categories.'),
    status: z.enum(['active', 'retired']).describe('Whether the service is provided now. A retired service needs "retired".'),
    retired: retirement.optional(),
    register: registerEntry.optional().describe('Position in an official register, when a source shows it.'),
    payment: payment.optional().describe('Free or paid, with fees; left out until a source says.'),
    standard: standard.optional(),
    procedure: procedure.optional(),
    note: localizedText.optional().describe('What a reader should know about this record as a whole (reorganisations, outdated sources).'),
    sources,
  })
  .describe('A state or municipal service: its register entry, payment, standard and procedure.');

export type Service = z.infer<typeof service>;
export type Fee = z.infer<typeof fee>;
export type Conflict = z.infer<typeof conflict>;
export type Payment = z.infer<typeof payment>;
export type ChargingGround = z.infer<typeof chargingGround>;
export type RegisterKind = z.infer<typeof registerKind>;
export type ChannelKind = z.infer<typeof channelKind>;
export type PaymentKind = z.infer<typeof paymentKind>;
