// Starts a new record from a commented template: `npm run new -- service|agency|act <id>`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type NewRecordKind, newRecordKinds, recordTemplate } from '../src/lib/new-record/record-templates.ts';
import { registryRoot } from '../src/lib/registry/index.ts';
import { recordId } from '../src/schemas/common.ts';

const [kind, id] = process.argv.slice(2);
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};

// Check the kind and the id before touching the registry.
if (!kind || !(kind in newRecordKinds) || !id) fail(`usage: npm run new -- ${Object.keys(newRecordKinds).join('|')} <id>   (e.g. npm run new -- service birth-registration)`);
const slug = recordId.safeParse(id);
if (!slug.success) fail(`"${id}" cannot be an id: it ${slug.error!.issues[0]!.message}`);

// Refuse to overwrite: an existing id is a record someone already wrote.
const folder = join(registryRoot(), newRecordKinds[kind as NewRecordKind].folder);
const file = join(folder, `${id}${newRecordKinds[kind as NewRecordKind].extension}`);
if (existsSync(file)) fail(`${relative(process.cwd(), file)} already exists: choose another id, or edit that file.`);

// Write the template and say what to do next.
mkdirSync(folder, { recursive: true });
writeFileSync(file, recordTemplate(kind as NewRecordKind, id!));
console.log(`Created ${relative(process.cwd(), file)}. Fill in the fields marked REQUIRED, then run: npm run validate`);
