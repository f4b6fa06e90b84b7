import type { Lang } from '../../i18n/locales.ts';
import { type RecordKind, type Registry, recordKindNames } from '../registry/index.ts';

type Path = (string | number)[];

/** One localized field of a record lacking its Kyrgyz or Russian text, or holding the project's unofficial translation. */
export interface FieldGap {
  path: Path;
  missing: Lang[];
  /** Languages whose text is an unofficial translation by the project, awaiting review by a speaker. */
  unofficial: Lang[];
}

/** A record with at least one field lacking a language. */
export interface RecordGaps {
  kind: RecordKind;
  id: string;
  file: string;
  gaps: FieldGap[];
}

export interface KindCount {
  kind: RecordKind;
  records: number;
  missingKy: number;
  missingRu: number;
  unofficialKy: number;
  unofficialRu: number;
}

const languageKeys = new Set(['ky', 'ru', 'en']);

// A localized text is an object of strings keyed by language (and its translation marker); lists of
// words (everyday_names) and single-language bodies are not translations of one text.
const isLocalizedText = (value: Record<string, unknown>) => {
  const keys = Object.keys(value).filter((key) => key !== 'translated');
  return keys.length > 0 && keys.every((key) => languageKeys.has(key) && typeof value[key] === 'string');
};

// One path is grown and shrunk on the way down and copied only for a gap found: this walks every
// record of the registry, and a path per visited value cost more than the walk.
function collectGaps(value: unknown, path: Path, gaps: FieldGap[]): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      collectGaps(value[index], path, gaps);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (isLocalizedText(record)) {
      const missing = (['ky', 'ru'] as const).filter((lang) => record[lang] === undefined);
      const marker = (record.translated ?? {}) as Partial<Record<Lang, unknown>>;
      const unofficial = (['ky', 'ru'] as const).filter((lang) => marker[lang] !== undefined);
      if (missing.length > 0 || unofficial.length > 0) gaps.push({ path: [...path], missing, unofficial });
      return;
    }
    for (const key in record) {
      if (key === 'sources' || !Object.hasOwn(record, key)) continue;
      path.push(key);
      collectGaps(record[key], path, gaps);
      path.pop();
    }
  }
}

type TranslationGaps = { records: RecordGaps[]; counts: KindCount[] };

// The translation status page is built once per language from the same registry.
const gapsOf = new WeakMap<Registry, TranslationGaps>();

/** Every record and field lacking Kyrgyz or Russian text or awaiting review of an unofficial translation, with counts per kind, in id order. */
export function translationGaps(registry: Registry): TranslationGaps {
  const known = gapsOf.get(registry);
  if (known) return known;
  const records: RecordGaps[] = [];
  const counts: KindCount[] = [];
  for (const kind of recordKindNames) {
    const count = { kind, records: 0, missingKy: 0, missingRu: 0, unofficialKy: 0, unofficialRu: 0 };
    for (const record of registry[kind] as { id: string }[]) {
      const gaps: FieldGap[] = [];
      // Sources quote their documents in the original language; they are not translated.
      collectGaps({ ...record, body: undefined }, [], gaps);
      if (gaps.length === 0) continue;
      count.records += 1;
      count.missingKy += gaps.filter((gap) => gap.missing.includes('ky')).length;
      count.missingRu += gaps.filter((gap) => gap.missing.includes('ru')).length;
      count.unofficialKy += gaps.filter((gap) => gap.unofficial.includes('ky')).length;
      count.unofficialRu += gaps.filter((gap) => gap.unofficial.includes('ru')).length;
      records.push({ kind, id: record.id, file: registry.fileOf[kind].get(record.id)!, gaps });
    }
    counts.push(count);
  }
  const gaps = { records, counts };
  gapsOf.set(registry, gaps);
  return gaps;
}
