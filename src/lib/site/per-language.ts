import { type Lang, langs } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/translate.ts';
import { escapeHtml, Html } from './html.ts';

/**
 * A function of a language and a key whose results are remembered. Service pages repeat the same
 * words tens of times each (a section's title, "checked on" a date most sources share, an act's
 * citation): made once per language, they are not translated, formatted and escaped again on each
 * of 40,000 pages. Keys are the registry's own values (dates, ids, enumerations), so what is
 * remembered is bounded by the registry.
 */
export function perLanguage<Key, Value>(make: (lang: Lang, key: Key) => Value): (lang: Lang, key: Key) => Value {
  const made = Object.fromEntries(langs.map((lang) => [lang, new Map<Key, Value>()])) as Record<Lang, Map<Key, Value>>;
  return (lang, key) => {
    const known = made[lang];
    let value = known.get(key);
    if (value === undefined) {
      value = make(lang, key);
      known.set(key, value);
    }
    return value;
  };
}

/** An interface string without placeholders as markup, escaped once per language. */
export const uiHtml = perLanguage((lang, key: UiKey) => new Html(escapeHtml(t(lang, key))));
