import type { Act, Agency, Assessment, GeneralRule, Municipality, Register, Service } from '../../schemas/index.ts';

export type ReferenceTarget = 'services' | 'agencies' | 'acts' | 'municipalities' | 'categories';

/** A field of one record that names another record by id. */
export interface Reference {
  path: (string | number)[];
  target: ReferenceTarget;
  id: string;
}

type Path = (string | number)[];

type Add = (path: Path, target: ReferenceTarget, id: unknown) => void;

// Extractors also run on records that failed their schema (so that one error does not hide
// another), hence the defensive checks on every value.
function collect(): { refs: Reference[]; add: Add } {
  const refs: Reference[] = [];
  return { refs, add: (path, target, id) => typeof id === 'string' && refs.push({ path, target, id }) };
}

const each = (value: unknown, fn: (item: any, index: number) => void) => Array.isArray(value) && value.forEach(fn);

/**
 * Every item of a `sources` list anywhere in a value, with its path (e.g. ["payment", "sources", 0]), depth first,
 * an object's keys in their own order or, with `sortedKeys`, in alphabetical order (the order of the
 * published JSON files). One path is grown and shrunk on the way down and copied only for a source
 * found: this runs over every record of every load, and building a path per visited value was a
 * tenth of a load's time.
 */
export function sourcesIn(value: unknown, path: readonly (string | number)[] = [], { sortedKeys = false } = {}): { source: unknown; path: Path }[] {
  const found: { source: unknown; path: Path }[] = [];
  const at: Path = [...path];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        at.push(index);
        visit(node[index]);
        at.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      for (const key of sortedKeys ? keys.sort() : keys) {
        const child = (node as Record<string, unknown>)[key];
        if (key === 'sources' && Array.isArray(child)) {
          for (let index = 0; index < child.length; index++) found.push({ source: child[index], path: [...at, key, index] });
        } else {
          at.push(key);
          visit(child);
          at.pop();
        }
      }
    }
  };
  visit(value);
  return found;
}

/** Every `act` named in a `sources` list anywhere in a record. */
function sourceActs(value: unknown, path: Path, add: Add): void {
  for (const { source, path: at } of sourcesIn(value, path)) add([...at, 'act'], 'acts', (source as { act?: unknown } | null)?.act);
}

/** Every reference of a service. */
export function serviceReferences(service: Service): Reference[] {
  const { refs, add } = collect();
  each(service.categories, (id: unknown, i: number) => add(['categories', i], 'categories', id));
  add(['register', 'municipality'], 'municipalities', service.register?.municipality);
  add(['register', 'act'], 'acts', service.register?.act);
  add(['register', 'standard_body'], 'agencies', service.register?.standard_body);
  add(['standard', 'approved_by'], 'acts', service.standard?.approved_by);
  each(service.standard?.provider?.agencies, (id: unknown, i: number) => add(['standard', 'provider', 'agencies', i], 'agencies', id));
  each(service.standard?.complaints?.agencies, (id: unknown, i: number) => add(['standard', 'complaints', 'agencies', i], 'agencies', id));
  each(service.payment?.fees, (fee: any, i: number) => add(['payment', 'fees', i, 'act'], 'acts', fee?.act));
  add(['procedure', 'approved_by'], 'acts', service.procedure?.approved_by);
  add(['retired', 'act'], 'acts', service.retired?.act);
  add(['retired', 'replaced_by'], 'services', service.retired?.replaced_by);
  sourceActs(service, [], add);
  return refs;
}

export function agencyReferences(agency: Agency): Reference[] {
  const { refs, add } = collect();
  add(['parent'], 'agencies', agency.parent);
  add(['municipality'], 'municipalities', agency.municipality);
  add(['succeeded_by'], 'agencies', agency.succeeded_by);
  sourceActs(agency, [], add);
  return refs;
}

export function actReferences(act: Act): Reference[] {
  const { refs, add } = collect();
  add(['issuer'], 'agencies', act.issuer);
  each(act.changes, (change: any, i: number) => add(['changes', i, 'by'], 'acts', change?.by));
  sourceActs(act, [], add);
  return refs;
}

export function municipalityReferences(municipality: Municipality): Reference[] {
  const { refs, add } = collect();
  add(['parent'], 'municipalities', municipality.parent);
  add(['local_register', 'approved_by'], 'acts', municipality.local_register?.approved_by);
  each(municipality.local_register?.services, (entry: any, i: number) => add(['local_register', 'services', i, 'service'], 'services', entry?.service));
  sourceActs(municipality, [], add);
  return refs;
}

export function assessmentReferences(assessment: Assessment): Reference[] {
  const { refs, add } = collect();
  each(assessment.services, (id: unknown, i: number) => add(['services', i], 'services', id));
  each(assessment.findings, (finding: any, i: number) => add(['findings', i, 'service'], 'services', finding?.service));
  sourceActs(assessment, [], add);
  return refs;
}

export function generalRuleReferences(rule: GeneralRule): Reference[] {
  const { refs, add } = collect();
  each(rule.acts, (id: unknown, i: number) => add(['acts', i], 'acts', id));
  sourceActs(rule, [], add);
  return refs;
}

export function registerReferences(register: Register): Reference[] {
  const { refs, add } = collect();
  add(['approved_by'], 'acts', register.approved_by);
  sourceActs(register, [], add);
  return refs;
}
