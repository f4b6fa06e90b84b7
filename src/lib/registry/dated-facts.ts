import type { Service } from '../../schemas/index.ts';
import type { FieldPath } from './read-record-file.ts';

/** A fee or deadline with the date it was true: where it sits in the service's file, and that date. */
export interface DatedFact {
  /** Path of the dated field, e.g. ["payment", "fees", 0, "as_of"]. */
  path: FieldPath;
  date: string;
}

/**
 * A service's dated facts, its fees and its deadline. The loader finds their lines as it reads the
 * file, so that warnings about old facts need no second parse of it.
 */
export function datedFacts(service: Service): DatedFact[] {
  const found: DatedFact[] = (service.payment?.fees ?? []).map((fee, index) => ({ path: ['payment', 'fees', index, 'as_of'], date: fee.as_of }));
  const deadline = service.standard?.deadline;
  if (deadline) found.push({ path: ['standard', 'deadline', 'as_of'], date: deadline.as_of });
  return found;
}
