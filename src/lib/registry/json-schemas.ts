import { z } from 'zod';
import { publishedSiteUrl } from '../../site-config.ts';
import { recordKinds, taxonomyFiles } from './record-kinds.ts';

/** JSON Schema of every record kind, generated from the zod schemas: what editors and researchers check against. */
export function jsonSchemas(): Record<string, object> {
  const entries = [...Object.values(recordKinds), ...Object.values(taxonomyFiles)].map(({ schemaName, schema }) => {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
    return [schemaName, { ...json, $id: `${publishedSiteUrl}/data/schemas/${schemaName}.schema.json`, title: `kyzmat ${schemaName}` }] as const;
  });
  return Object.fromEntries(entries);
}

/** The file text of a schema: stable formatting so that regenerating changes nothing unless the schema did. */
export const jsonSchemaText = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;
