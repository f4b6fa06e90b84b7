import type { TableTranslation } from './table-contract.ts';
import texts from './table-texts.json' with { type: 'json' };

/**
 * Each open-data table's title and description in English, Kyrgyz and Russian (table-texts.json),
 * kept apart from the column contracts so that the texts read as one list and translators edit data,
 * not code; the Data Package publishes all three.
 */
export const tableTexts: Record<string, Record<'en' | 'ky' | 'ru', TableTranslation>> = texts;
