import { z } from 'zod';
import { isoDate, list, localizedName, localizedText, recordId, sources } from './common.ts';

export const municipalityLevel = z
  .enum(['region', 'city-of-republican-significance', 'district', 'city', 'ayil-aimak'])
  .describe('Administrative level: region (oblast), Bishkek and Osh, district (rayon), city, ayil aimak.');

export const localRegisterService = z
  .strictObject({
    service: recordId.describe('Id of a service of the basic municipal register that this municipality provides.'),
    note: localizedText.optional(),
    sources: sources.optional(),
  })
  .describe("A basic-register service in this municipality's local register.");

export const localRegister = z
  .strictObject({
    approved_by: recordId.optional().describe('Id of the local council decision that approved the local register.'),
    services: list(localRegisterService, 500)
      .optional()
      .describe('Basic-register services provided here. Local additions are services whose register entry names this municipality.'),
    as_of: isoDate.optional(),
    note: localizedText.optional(),
    sources,
  })
  .describe("The municipality's local register of municipal services.");

export const municipality = z
  .strictObject({
    id: recordId.describe('Stable id, equal to the file name.'),
    soate: z
      .string()
      .regex(/^KG\d{11}$/, { error: 'must be "KG" followed by 11 digits, as in the administrative-divisions data' })
      .describe('Code in the administrative-divisions data: the SOATE code with "KG" for the country prefix.'),
    level: municipalityLevel,
    name: localizedName.describe('Name; the source data has Kyrgyz and English names only.'),
    parent: recordId.optional().describe('Id of the region or district this unit belongs to.'),
    local_register: localRegister.optional(),
    note: localizedText.optional(),
    sources,
  })
  .describe('A region, district, city or ayil aimak, and its local register of municipal services.');

export type Municipality = z.infer<typeof municipality>;
export type MunicipalityLevel = z.infer<typeof municipalityLevel>;
