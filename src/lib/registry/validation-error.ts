/** One problem in the registry, located precisely enough for a volunteer to fix it. */
export interface ValidationError {
  /** Path of the file relative to the registry's parent folder, e.g. "registry/services/id-card.yaml". */
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field, e.g. "payment.fees.0.amount"; empty for problems with the whole file. */
  field: string;
  /** What is wrong and what was expected, in plain words. */
  message: string;
}

/** `path:line:column  field  message`, the form editors and terminals make clickable. */
export function formatError(error: ValidationError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.field ? `${where}  ${error.field}  ${error.message}` : `${where}  ${error.message}`;
}

/** Why a registry could not be loaded, for a build that stops: the count, then the first problems, one per line. */
export function registryProblems(errors: readonly ValidationError[], shown = 50): string {
  return `The registry has ${errors.length} problem(s); run "npm run validate" for details.\n${errors.slice(0, shown).map(formatError).join('\n')}`;
}

const escapeAnnotationData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeAnnotationProperty = (text: string) => escapeAnnotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command that shows the error on the changed line of a pull request. */
export function formatGithubAnnotation(error: ValidationError): string {
  const message = error.field ? `${error.field}: ${error.message}` : error.message;
  return `::error file=${escapeAnnotationProperty(error.file)},line=${error.line},col=${error.column},title=${escapeAnnotationProperty('kyzmat registry')}::${escapeAnnotationData(message)}`;
}

/** Errors in reading order: by file, then line, then column. */
export function sortErrors(errors: ValidationError[]): ValidationError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1)));
}
