import type { Registry } from '../registry/index.ts';
import { jsonSchemas } from '../registry/json-schemas.ts';

/** A JSON file of the open data: every record of one kind, as the loader validated it. */
export interface JsonCollection {
  file: string;
  /** The published schema file the whole file validates against. */
  schemaFile: string;
  description: string;
  records: (registry: Registry) => readonly object[];
}

/** The JSON files in /data/, one per record kind, each an array sorted by id (taxonomies in file order). */
export const jsonCollections: JsonCollection[] = [
  { file: 'services.json', schemaFile: 'services.schema.json', description: 'Every service, complete: all 15 sections, fees, procedure, sources.', records: (r) => r.services },
  { file: 'agencies.json', schemaFile: 'agencies.schema.json', description: 'Every body, with contacts and former names.', records: (r) => r.agencies },
  { file: 'acts.json', schemaFile: 'acts.schema.json', description: 'Every legal act, with its addresses and changes.', records: (r) => r.acts },
  { file: 'municipalities.json', schemaFile: 'municipalities.schema.json', description: 'Every administrative unit, with its local register.', records: (r) => r.municipalities },
  {
    file: 'assessments.json',
    schemaFile: 'assessments.schema.json',
    description: 'Every assessment with its findings; "body" holds its Markdown text.',
    records: (r) => r.assessments,
  },
  {
    file: 'general-rules.json',
    schemaFile: 'general-rules.schema.json',
    description: 'The rules that laws in force set for every service (complaints, the language of information...), with their acts.',
    records: (r) => r.generalRules,
  },
  { file: 'categories.json', schemaFile: 'categories.schema.json', description: 'The life-situation categories.', records: (r) => r.categories },
  { file: 'registers.json', schemaFile: 'registers.schema.json', description: 'The official registers and their chapters.', records: (r) => r.registers },
];

type Schema = Record<string, any>;

/** A schema for an array of records of a kind; `extra` adds properties the record file does not have. */
function arrayOf(record: Schema, id: string, extra: Record<string, object> = {}): Schema {
  const { $schema, $id: _id, $defs, title, ...item } = record;
  return {
    $schema,
    $id: id,
    title: `${title}: list`,
    type: 'array',
    items: { $ref: '#/$defs/record' },
    $defs: { ...$defs, record: { ...item, properties: { ...item.properties, ...extra } } },
  };
}

/**
 * Every JSON Schema published in /data/schemas/, by file name: the record schemas generated from
 * zod (what one record file and one /api/v1/services/<id>.json hold) and the list schemas of the
 * JSON files.
 */
export function publishedJsonSchemas(): Record<string, Schema> {
  const records = jsonSchemas() as Record<string, Schema>;
  const base = String(records.service.$id).replace(/[^/]*$/, '');
  const files: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(records)) files[`${name}.schema.json`] = schema;
  const lists = { services: 'service', agencies: 'agency', acts: 'act', municipalities: 'municipality', 'general-rules': 'general-rule' } as const;
  for (const [list, record] of Object.entries(lists)) files[`${list}.schema.json`] = arrayOf(records[record], `${base}${list}.schema.json`);
  files['assessments.schema.json'] = arrayOf(records.assessment, `${base}assessments.schema.json`, {
    body: { type: 'string', description: 'The Markdown text below the front matter of the assessment file.' },
  });
  files['api-index.schema.json'] = {
    $schema: records.service.$schema,
    $id: `${base}api-index.schema.json`,
    title: 'kyzmat /api/v1/ index',
    description: 'An index of one record kind in the static API: one entry per record, sorted by id.',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'pages'],
      properties: {
        id: { type: 'string', description: 'Stable id of the record.' },
        name: { type: 'object', description: 'Name or title by language (ky, ru, en).', additionalProperties: { type: 'string' } },
        level: { type: 'string', description: 'Services: state or municipal. Municipalities: administrative level.' },
        status: { type: 'string', description: 'Services and acts: their status.' },
        api: { type: 'string', description: 'Services: address of the full record in this API.' },
        pages: { type: 'object', description: "Address of the record's page in each language.", additionalProperties: { type: 'string' } },
      },
    },
  };
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}
