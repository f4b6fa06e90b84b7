import { z } from 'zod';
import { bilingualName, isoDate, list, localizedName, localizedText, recordId, shortText, sources, webUrl } from './common.ts';

export const agencyKind = z
  .enum([
    'government',
    'ministry',
    'state-committee',
    'state-agency',
    'state-service',
    'state-fund',
    'state-institution',
    'state-enterprise',
    'department',
    'diplomatic-mission',
    'local-self-government',
    'municipal-enterprise',
    'other',
  ])
  .describe('What kind of body this is.');

export const contact = z
  .strictObject({
    kind: z.enum(['phone', 'short-number', 'email', 'address', 'hours', 'other']).describe('What kind of contact this is.'),
    value: shortText.describe('The phone number, e-mail address, postal address or opening hours, as published.'),
    note: localizedText.optional().describe('What this contact is for.'),
    sources,
  })
  .describe('One way to reach the body, with where it was published.');

export const formerName = z
  .strictObject({
    name: localizedName.describe('The earlier name.'),
    short_name: localizedName.optional().describe('The earlier short name or abbreviation.'),
    from: isoDate.optional().describe('Date the body started to use this name, if known.'),
    until: isoDate.optional().describe('Date the name stopped being used, if known.'),
    note: localizedText.optional(),
    sources,
  })
  .describe('A name the body had before; bodies are renamed and merged often.');

export const agency = z
  .strictObject({
    id: recordId.describe('Stable id, equal to the file name without .yaml.'),
    former_ids: list(recordId, 50).optional().describe('Earlier ids of this agency; their addresses redirect here.'),
    kind: agencyKind,
    name: bilingualName.describe('Full official name in the nominative case, in Kyrgyz and Russian.'),
    short_name: localizedName.optional().describe('Short name or abbreviation people use, e.g. "Минюст".'),
    parent: recordId.optional().describe('Id of the body this one is part of or subordinate to.'),
    municipality: recordId.optional().describe('For a local self-government body: id of its municipality.'),
    website: webUrl.optional().describe('Official website.'),
    contacts: list(contact, 100).optional().describe('Address, phones, e-mail, opening hours.'),
    former_names: list(formerName, 50).optional().describe('Earlier names, oldest first.'),
    succeeded_by: recordId.optional().describe("Id of the body that took over this body's services (set when this body was abolished or merged)."),
    abolished: isoDate.optional().describe('Date the body stopped existing or stopped providing services, if known.'),
    note: localizedText.optional().describe('What a reader should know about this body (reorganisations, unclear status).'),
    sources,
  })
  .describe('A state body, budget institution or local self-government that provides or regulates services.');

export type Agency = z.infer<typeof agency>;
