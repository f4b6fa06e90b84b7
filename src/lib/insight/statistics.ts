import type { LocalizedText, Service, TimeLimit } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import type { ServiceFacts } from '../service-view/service-facts.ts';
import type { ServiceScorecard } from './completeness.ts';

/** One bar of a distribution: a key (an id, a kind or a bucket) and its count. */
export interface Count {
  key: string;
  count: number;
}

const countBy = (keys: string[]): Count[] => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()].map(([key, count]) => ({ key, count }));
};
/** Most first, ties by key. */
const byCountDesc = (counts: Count[]) => counts.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
/** Keeps a fixed order of keys, with zero for the missing ones. */
const inOrder = (counts: Count[], order: readonly string[]) => order.map((key) => ({ key, count: counts.find((item) => item.key === key)?.count ?? 0 }));

export const feeBuckets = ['0', '1-100', '101-500', '501-1000', '1001-5000', '5001+'] as const;
const feeBucket = (amount: number) =>
  amount === 0 ? '0' : amount <= 100 ? '1-100' : amount <= 500 ? '101-500' : amount <= 1000 ? '501-1000' : amount <= 5000 ? '1001-5000' : '5001+';

export const deadlineBuckets = ['same-day', '2-5', '6-10', '11-30', '31+'] as const;
/** Days a limit spans, roughly: working and calendar days alike, a month as 30 days; under a day counts as the same day. */
const daysOf = (limit: TimeLimit) => (limit.unit === 'minutes' || limit.unit === 'hours' ? 0 : limit.unit === 'months' ? limit.amount * 30 : limit.amount);
const deadlineBucket = (days: number) => (days <= 1 ? 'same-day' : days <= 5 ? '2-5' : days <= 10 ? '6-10' : days <= 30 ? '11-30' : '31+');

export const completenessBuckets = ['0-19', '20-39', '40-59', '60-79', '80-100'] as const;
const completenessBucket = (share: number) => completenessBuckets[Math.min(4, Math.floor(share * 5))]!;

export const translationStates = ['both', 'ky-only', 'ru-only', 'neither'] as const;
const translationState = (value: LocalizedText | undefined) =>
  value?.ky !== undefined && value?.ru !== undefined ? 'both' : value?.ky !== undefined ? 'ky-only' : value?.ru !== undefined ? 'ru-only' : 'neither';

/** Every localized text of a service that a reader sees: its name, section texts and notes, fee labels, step titles. */
function textsOf(service: Service): LocalizedText[] {
  const texts: (LocalizedText | undefined)[] = [service.name, service.note];
  for (const [key, section] of Object.entries(service.standard ?? {})) {
    if (key === 'approved_by' || typeof section !== 'object') continue;
    texts.push(section.text, section.note);
  }
  if (service.payment) texts.push(service.payment.text, ...(service.payment.fees ?? []).map((fee) => fee.for));
  for (const step of service.procedure?.steps ?? []) texts.push(step.title);
  return texts.filter((text): text is LocalizedText => text !== undefined);
}

/** The numbers of the statistics page. */
export interface RegistryStatistics {
  services: number;
  byRegister: Count[];
  byAgency: Count[];
  byCategory: Count[];
  byPayment: Count[];
  /** Fees in som, one per fee (a service with urgency tiers counts each tier). */
  feeAmounts: Count[];
  /** The longest time limit of each service with limits. */
  deadlines: Count[];
  completeness: Count[];
  /** Service names, and all texts of services, by language. */
  nameTranslation: Count[];
  textTranslation: Count[];
}

export function registryStatistics(registry: Registry, facts: ReadonlyMap<string, ServiceFacts>, cards: readonly ServiceScorecard[]): RegistryStatistics {
  const services = registry.services.filter((service) => service.status === 'active');
  const activeIds = new Set(services.map((service) => service.id));
  const fees = services.flatMap((service) => (service.payment?.fees ?? []).filter((fee) => fee.currency === 'KGS'));
  const longest = services.flatMap((service) => {
    const limits = service.standard?.deadline?.limits ?? [];
    return limits.length === 0 ? [] : [Math.max(...limits.map(daysOf))];
  });
  return {
    services: services.length,
    byRegister: inOrder(countBy(services.map((service) => service.register?.kind ?? 'none')), ['unified-state', 'basic-municipal', 'local', 'none']),
    byAgency: byCountDesc(
      countBy(
        services.flatMap((service) => {
          const providers = facts.get(service.id)!.providers.map((agency) => agency.id);
          return providers.length > 0 ? providers : ['none'];
        }),
      ),
    ),
    byCategory: byCountDesc(countBy(services.flatMap((service) => service.categories))),
    byPayment: inOrder(countBy(services.map((service) => service.payment?.kind ?? 'none')), ['free', 'paid', 'partly-paid', 'none']),
    feeAmounts: inOrder(countBy(fees.map((fee) => feeBucket(fee.amount))), feeBuckets),
    deadlines: inOrder(countBy(longest.map(deadlineBucket)), deadlineBuckets),
    completeness: inOrder(countBy(cards.filter((card) => activeIds.has(card.service)).map((card) => completenessBucket(card.share))), completenessBuckets),
    nameTranslation: inOrder(countBy(services.map((service) => translationState(service.name))), translationStates),
    textTranslation: inOrder(countBy(services.flatMap(textsOf).map(translationState)), translationStates),
  };
}
