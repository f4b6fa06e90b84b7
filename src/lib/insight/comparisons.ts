import type { Fee, Service } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import { providerIds } from './service-facts.ts';

/** A basic-register municipal service and the municipalities whose local register documents it. */
export interface MunicipalComparison {
  service: string;
  municipalities: string[];
}

/** Basic municipal services with the municipalities that list them, most documented first. */
export function municipalComparisons(registry: Registry): MunicipalComparison[] {
  const listed = new Map<string, string[]>();
  for (const municipality of registry.municipalities) {
    for (const entry of municipality.local_register?.services ?? []) listed.set(entry.service, [...(listed.get(entry.service) ?? []), municipality.id]);
  }
  return registry.services
    .filter((service) => service.register?.kind === 'basic-municipal')
    .map((service) => ({ service: service.id, municipalities: (listed.get(service.id) ?? []).sort() }))
    .sort((a, b) => b.municipalities.length - a.municipalities.length || (a.service < b.service ? -1 : 1));
}

/** One paid service's fees beside others of the same life situation: who charges, the lowest and highest fee. */
export interface FeeRow {
  service: string;
  agencies: string[];
  min: Fee;
  max: Fee;
}

/** For each category with at least two services whose fees are documented: their fees, cheapest first. */
export function feeComparisons(registry: Registry): { category: string; rows: FeeRow[] }[] {
  const rowOf = (service: Service): FeeRow | undefined => {
    const fees = (service.payment?.fees ?? []).filter((fee) => fee.currency === 'KGS' && fee.amount > 0);
    if (service.status !== 'active' || fees.length === 0) return undefined;
    const sorted = [...fees].sort((a, b) => a.amount - b.amount);
    return { service: service.id, agencies: providerIds(service), min: sorted[0]!, max: sorted.at(-1)! };
  };
  return registry.categories
    .map((category) => ({
      category: category.id,
      rows: (registry.servicesByCategory.get(category.id) ?? [])
        .map(rowOf)
        .filter((row): row is FeeRow => row !== undefined)
        .sort((a, b) => a.min.amount - b.min.amount || (a.service < b.service ? -1 : 1)),
    }))
    .filter((group) => group.rows.length >= 2);
}
