import { type Lang, langs } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import { contactEmail } from '../../site-config.ts';

/** What a correction e-mail names: the record ("services/id-card"), its file and the page it was sent from. */
export interface CorrectionSubject {
  record: string;
  file: string;
  pageUrl: string;
}

// Letters outside ASCII stay as they are (a browser encodes them when the link is opened), so a
// Kyrgyz or Russian body costs its own bytes on every page instead of six per letter. Each run of
// ASCII is encoded at once: the same as one character at a time (ASCII has no surrogate pairs),
// and a run of Cyrillic is not cut into characters only to be put back together; text all in ASCII
// (a record's id, its file, the page's address) is encoded whole.
const encode = (text: string) => (/[^\0-\x7f]/.test(text) ? text.replace(/[\0-\x7f]+/g, (ascii) => encodeURIComponent(ascii)) : encodeURIComponent(text));

/** The encoded text of a language's e-mail body around the three things that change from page to page. */
interface BodyFrame {
  beforeRecord: string;
  beforePage: string;
  end: string;
}

// Every service page has a correction link, so the body's fixed text is encoded once per language.
const frames = Object.fromEntries(
  langs.map((lang): [Lang, BodyFrame] => [
    lang,
    {
      beforeRecord: encode(`${t(lang, 'mail.record')}: `),
      beforePage: encode(`\r\n${t(lang, 'mail.page')}: `),
      end: encode(['', '', `${t(lang, 'mail.wrong')}:`, '', '', `${t(lang, 'mail.source')}:`, ''].join('\r\n')),
    },
  ]),
) as Record<Lang, BodyFrame>;

/**
 * A mailto: link to the maintainers with the subject and body filled in, in the reader's language:
 * the record and page, then blank lines for what is wrong and the source that says what is right.
 */
export function correctionEmailUrl(lang: Lang, subject: CorrectionSubject): string {
  const frame = frames[lang];
  // Encoding is character by character, so the encoded body is the encoded pieces put together.
  const body = `${frame.beforeRecord}${encode(`${subject.record} (${subject.file})`)}${frame.beforePage}${encode(subject.pageUrl)}${frame.end}`;
  return `mailto:${contactEmail}?subject=${encode(t(lang, 'mail.subject', { record: subject.record }))}&body=${body}`;
}
