import type { Source } from '../../schemas/index.ts';
import { type LoadResult, type RecordKind, type Registry, recordKindNames } from '../registry/index.ts';
import type { FieldPath } from '../registry/read-record-file.ts';
import { sourcesIn } from '../registry/references.ts';

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
function* sourceAddressesIn(value: unknown, path: FieldPath): Iterable<{ url: string; path: FieldPath }> {
  for (const { source, path: at } of sourcesIn(value, path)) {
    const { url } = source as Source;
    if (url) yield { url, path: [...at, 'url'] };
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
 * The file and line of each cited address, as `npm run validate` names them, from the load's own
 * locator: a file is read again only for the addresses asked about, the broken ones, usually few.
 */
export function locateCited(registry: Registry, locate: LoadResult['locate'], cited: readonly CitedAddress[]): { file: string; line: number }[] {
  return cited.map(({ kind, id, path }) => {
    const file = kind === 'registers' ? registry.taxonomyFileOf.registers! : registry.fileOf[kind].get(id)!;
    return { file, line: locate(file, path).line };
  });
}
