import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import { contactEmail } from '../../site-config.ts';

/** What a correction e-mail names: the record ("services/id-card"), its file and the page it was sent from. */
export interface CorrectionSubject {
  record: string;
  file: string;
  pageUrl: string;
}

// Letters outside ASCII stay as they are (a browser encodes them when the link is opened), so a
// Kyrgyz or Russian body costs its own bytes on every page instead of six per letter.
const encode = (text: string) => [...text].map((character) => (character.charCodeAt(0) >= 0x80 ? character : encodeURIComponent(character))).join('');

/**
 * A mailto: link to the maintainers with the subject and body filled in, in the reader's language:
 * the record and page, then blank lines for what is wrong and the source that says what is right.
 */
export function correctionEmailUrl(lang: Lang, subject: CorrectionSubject): string {
  const body = [
    `${t(lang, 'mail.record')}: ${subject.record} (${subject.file})`,
    `${t(lang, 'mail.page')}: ${subject.pageUrl}`,
    '',
    `${t(lang, 'mail.wrong')}:`,
    '',
    '',
    `${t(lang, 'mail.source')}:`,
    '',
  ].join('\r\n');
  return `mailto:${contactEmail}?subject=${encode(t(lang, 'mail.subject', { record: subject.record }))}&body=${encode(body)}`;
}
