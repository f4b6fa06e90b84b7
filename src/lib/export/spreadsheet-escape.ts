/**
 * A text cell a spreadsheet would run as a formula starts with =, +, -, @, a tab or a carriage
 * return. Such cells get one leading apostrophe ('). Cells that already start with apostrophes
 * followed by one of those characters get one more, so that the rule can always be undone:
 * remove one leading ' from every text cell matching ^'+[=+\-@\t\r]. Numbers are never escaped.
 */
const needsEscape = /^'*[=+\-@\t\r]/;

/** Makes a text cell safe to open in a spreadsheet (see the rule above). */
export const escapeFormula = (text: string): string => (needsEscape.test(text) ? `'${text}` : text);

/** Undoes escapeFormula: what a researcher applies to text columns to get the exact values back. */
export const unescapeFormula = (text: string): string => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** The rule in words, for datapackage.json and the open-data page. */
export const formulaEscapeRule =
  "Text cells that begin with =, +, -, @, a tab or a carriage return (optionally after apostrophes) are prefixed with one apostrophe (') so that spreadsheets show them as text instead of running them as formulas. To get the exact value back, remove one leading apostrophe from every text cell matching the regular expression ^'+[=+\\-@\\t\\r]. Number, integer, boolean and date columns are never prefixed: a negative number stays a number.";
