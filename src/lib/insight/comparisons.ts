import type { Fee, Service } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import type { ServiceFacts } from '../service-view/service-facts.ts';

/** A basic-register municipal service and the municipalities whose local register documents it. */
export interface MunicipalComparison {
  service: string;
  municipalities: string[];
}

/** Basic municipal services with the municipalities that list them, most documented first. */
export function municipalComparisons(registry: Registry): MunicipalComparison[] {
  return registry.services
    .filter((service) => service.register?.kind === 'basic-municipal')
    .map((service) => ({ service: service.id, municipalities: (registry.relations.municipalitiesListing.get(service.id) ?? []).map((municipality) => municipality.id) }))
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
export function feeComparisons(registry: Registry, facts: ReadonlyMap<string, ServiceFacts>): { category: string; rows: FeeRow[] }[] {
  const rowOf = (service: Service): FeeRow | undefined => {
    const { charges, providers } = facts.get(service.id)!;
    const fees = charges.map((charge) => charge.fee).filter((fee) => fee.currency === 'KGS');
    if (service.status !== 'active' || fees.length === 0) return undefined;
    const sorted = [...fees].sort((a, b) => a.amount - b.amount);
    return { service: service.id, agencies: providers.map((agency) => agency.id), min: sorted[0]!, max: sorted.at(-1)! };
  };
  return registry.categories
    .map((category) => ({
      category: category.id,
      rows: (registry.relations.servicesInCategory.get(category.id) ?? [])
        .map(rowOf)
        .filter((row): row is FeeRow => row !== undefined)
        .sort((a, b) => a.min.amount - b.min.amount || (a.service < b.service ? -1 : 1)),
    }))
    .filter((group) => group.rows.length >= 2);
}
