// Regenerates registry/_schemas/*.schema.json from the zod schemas, for editors' YAML checking: `npm run schemas`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, jsonSchemaText } from '../src/lib/registry/json-schemas.ts';

const folder = join('registry', '_schemas');
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(join(folder, `${name}.schema.json`), jsonSchemaText(schema));
console.log(`wrote JSON Schemas to ${folder}`);
