import type { Lang } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/translate.ts';

/** The lines a correction e-mail's body should have: the record with its file, the page, then blanks for what is wrong and the source. */
export const correctionEmailLines = (lang: Lang, record: string, file: string, pageUrl: string): string[] => [
  `${t(lang, 'mail.record')}: ${record} (${file})`,
  `${t(lang, 'mail.page')}: ${pageUrl}`,
  '',
  `${t(lang, 'mail.wrong')}:`,
  '',
  '',
  `${t(lang, 'mail.source')}:`,
  '',
];
