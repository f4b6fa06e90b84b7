import { type Lang, langs } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/translate.ts';
import { escapeHtml, Html } from './html.ts';

/** A function of one key whose results are remembered: for work repeated with the same few values on every page. */
export function remembered<Key, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new Map<Key, Value>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/**
 * A function of a language and a key whose results are remembered. Service pages repeat the same
 * words tens of times each (a section's title, "checked on" a date most sources share, an act's
 * citation): made once per language, they are not translated, formatted and escaped again on each
 * of 40,000 pages. Keys are the registry's own values (dates, ids, enumerations), so what is
 * remembered is bounded by the registry.
 */
export function perLanguage<Key, Value>(make: (lang: Lang, key: Key) => Value): (lang: Lang, key: Key) => Value {
  const made = Object.fromEntries(langs.map((lang) => [lang, remembered((key: Key) => make(lang, key))])) as Record<Lang, (key: Key) => Value>;
  return (lang, key) => made[lang](key);
}

/** An interface string without placeholders as markup, escaped once per language. */
export const uiHtml = perLanguage((lang, key: UiKey) => new Html(escapeHtml(t(lang, key))));
