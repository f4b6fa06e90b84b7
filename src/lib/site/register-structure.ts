import type { RegisterChapter, RegisterKind, Service } from '../../schemas/index.ts';

export interface RegisterChapterView {
  /** Chapter number as printed, or undefined for services whose chapter no source shows. */
  chapter?: string;
  /** The chapter as registers.yaml describes it, when a source shows its title. */
  known?: RegisterChapter;
  services: Service[];
}

const natural = new Intl.Collator('ru', { numeric: true });

/**
 * A register as printed: its chapters in number order, each with its services in item order
 * ("15" before "15-1" before "16"); services with no chapter come last.
 */
export function registerStructure(kind: RegisterKind, chapters: RegisterChapter[], services: Service[]): RegisterChapterView[] {
  const entries = services.filter((service) => service.register?.kind === kind);
  const numbers = new Set([...chapters.map((chapter) => chapter.chapter), ...entries.flatMap((service) => (service.register?.chapter ? [service.register.chapter] : []))]);
  const byItem = (a: Service, b: Service) => natural.compare(a.register?.item ?? '~', b.register?.item ?? '~') || (a.id < b.id ? -1 : 1);
  const views: RegisterChapterView[] = [...numbers].sort(natural.compare).map((chapter) => ({
    chapter,
    known: chapters.find((known) => known.chapter === chapter),
    services: entries.filter((service) => service.register?.chapter === chapter).sort(byItem),
  }));
  const unplaced = entries.filter((service) => !service.register?.chapter).sort(byItem);
  return unplaced.length > 0 ? [...views, { services: unplaced }] : views;
}
