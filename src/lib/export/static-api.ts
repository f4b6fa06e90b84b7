import { langs } from '../../i18n/locales.ts';
import { type LocalizedText, textLanguage } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import { paths } from '../site/urls.ts';

// The API lives under /api/v1/ (paths.apiFile): a breaking change gets a new folder, never an edit of this one.
export const apiServicePath = (id: string) => paths.apiFile(`services/${id}.json`);

type Named = { id: string; name?: LocalizedText; title?: LocalizedText };

const pagesOf = (page: (lang: (typeof langs)[number], id: string) => string, id: string) => Object.fromEntries(langs.map((lang) => [lang, page(lang, id)]));
// The index names a record in each language it has; which text is a translation is in the full record.
const nameOf = (record: Named) =>
  Object.fromEntries(
    textLanguage.options.flatMap((lang) => {
      const text = (record.name ?? record.title)?.[lang];
      return text === undefined ? [] : [[lang, text]];
    }),
  );

/** The index files of /api/v1/ by file name: one entry per record, sorted by id. */
export function apiIndexes(registry: Registry): Record<string, object[]> {
  return {
    'services.json': registry.services.map((s) => ({
      id: s.id,
      name: nameOf(s),
      level: s.level,
      status: s.status,
      api: apiServicePath(s.id),
      pages: pagesOf(paths.service, s.id),
    })),
    'agencies.json': registry.agencies.map((a) => ({ id: a.id, name: nameOf(a), pages: pagesOf(paths.agency, a.id) })),
    'acts.json': registry.acts.map((a) => ({ id: a.id, name: nameOf(a as Named), status: a.status, pages: pagesOf(paths.act, a.id) })),
    'municipalities.json': registry.municipalities.map((m) => ({ id: m.id, name: nameOf(m), level: m.level, pages: pagesOf(paths.municipality, m.id) })),
  };
}
