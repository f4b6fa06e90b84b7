import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../schemas/index.ts';
import { type RecordKind, type Registry, recordKindNames, recordKinds, taxonomyFiles } from '../registry/index.ts';
import { type FieldPath, readRecordFile } from '../registry/read-record-file.ts';

/** One place where the registry cites a web address as a source. */
export interface CitedAddress {
  url: string;
  /** The record's kind, or "registers" for registers.yaml. */
  kind: RecordKind | 'registers';
  /** The record's id, or the register's position in registers.yaml. */
  id: string;
  /** Where the address is in the record's data, e.g. ["payment", "sources", 0, "url"]. */
  path: FieldPath;
}

/** The address of every source in a value, with its path, depth first. */
function* sourceAddressesIn(value: unknown, path: (string | number)[]): Iterable<{ url: string; path: FieldPath }> {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) yield* sourceAddressesIn(value[index], [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const [index, source] of (child as Source[]).entries()) if (source.url) yield { url: source.url, path: [...path, key, index, 'url'] };
      } else {
        yield* sourceAddressesIn(child, [...path, key]);
      }
    }
  }
}

/** Every source address the registry cites, in the order of its files. */
export function citedAddresses(registry: Registry): CitedAddress[] {
  const cited: CitedAddress[] = [];
  for (const kind of recordKindNames) {
    for (const record of registry[kind]) {
      const { body: _body, ...data } = record as { body?: string };
      for (const { url, path } of sourceAddressesIn(data, [])) cited.push({ url, kind, id: record.id, path });
    }
  }
  registry.registers.forEach((register, index) => {
    for (const { url, path } of sourceAddressesIn(register, [index])) cited.push({ url, kind: 'registers', id: String(index), path });
  });
  return cited;
}

/**
 * The file and line of each cited address, as `npm run validate` names them. Files are read
 * again only for the addresses asked about: the broken ones, usually few.
 */
export function locateCited(root: string, displayRoot: string, cited: readonly CitedAddress[]): { file: string; line: number }[] {
  const locators = new Map<string, ReturnType<typeof readRecordFile>>();
  return cited.map(({ kind, id, path }) => {
    const relativePath = kind === 'registers' ? taxonomyFiles.registers.file : join(recordKinds[kind].folder, `${id}${recordKinds[kind].extension}`);
    const file = join(displayRoot, relativePath);
    if (!locators.has(file)) locators.set(file, readRecordFile(file, readFileSync(join(root, relativePath))));
    const read = locators.get(file)!;
    return { file, line: read.ok ? read.record.locate(path).line : 1 };
  });
}
