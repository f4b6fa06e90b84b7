import type { Act, Service, Source } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';

/** True for a service that costs money, at least in part. */
export const isPaid = (service: Service) => service.payment?.kind === 'paid' || service.payment?.kind === 'partly-paid';

/** Ids of the acts a paid service's fees rest on: each fee's act, the acts its fee sources cite and those of the payment section. */
export function feeActIds(service: Service): string[] {
  const payment = service.payment;
  if (!payment) return [];
  const ids = new Set<string>();
  for (const fee of payment.fees ?? []) {
    if (fee.act) ids.add(fee.act);
    for (const source of fee.sources ?? []) if (source.act) ids.add(source.act);
  }
  for (const source of payment.sources) if (source.act) ids.add(source.act);
  return [...ids].sort();
}

/** A part of a service record that carries its own sources and as-of date. */
export interface DatedPart {
  /** A standard section key, or "payment", "procedure", "register". */
  part: string;
  as_of?: string;
  sources: Source[];
}

/** Every sourced part of a service: the register entry, payment, procedure and each documented standard section. */
export function datedParts(service: Service): DatedPart[] {
  const parts: DatedPart[] = [];
  if (service.register) parts.push({ part: 'register', as_of: service.register.as_of, sources: service.register.sources });
  if (service.payment) {
    const feeSources = (service.payment.fees ?? []).flatMap((fee) => fee.sources ?? []);
    parts.push({ part: 'payment', as_of: service.payment.as_of, sources: [...service.payment.sources, ...feeSources] });
  }
  for (const [key, section] of Object.entries(service.standard ?? {})) {
    if (key === 'approved_by' || typeof section !== 'object') continue;
    parts.push({ part: key, as_of: section.as_of, sources: section.sources });
  }
  if (service.procedure) parts.push({ part: 'procedure', as_of: service.procedure.as_of, sources: service.procedure.sources });
  return parts;
}

/** The changes (amendment, repeal, replacement) of an act dated after a day; undated changes cannot be placed and are left out. */
export const changesAfter = (act: Act, day: string) => (act.changes ?? []).filter((change) => change.date !== undefined && change.date > day);

/** True when an act no longer has force: marked repealed, or a recorded repeal or replacement. */
export const isRepealed = (act: Act) => act.status === 'repealed' || (act.changes ?? []).some((change) => change.kind !== 'amended');

/** Agencies named as providers of a service, or the register's standard body when no provider is named. */
export function providerIds(service: Service): string[] {
  const ids = service.standard?.provider?.agencies ?? [];
  if (ids.length > 0) return [...ids];
  return service.register?.standard_body ? [service.register.standard_body] : [];
}

/** Municipalities whose local register includes a service, or which a local service belongs to. */
export function municipalityIdsOf(registry: Registry, service: Service): string[] {
  const ids: string[] = [];
  for (const [id, services] of registry.servicesByMunicipality) if (services.includes(service)) ids.push(id);
  return ids.sort();
}
