/** A view of completeness per group of services (a providing body, a municipality): services, average share, flags. */
function completenessBy(spec: { name: string; description: string; group: { table: string; key: string }; named: { table: string; columns: string } }) {
  const columns = spec.named.columns
    .split(', ')
    .map((column) => `n.${column}`)
    .join(', ');
  return {
    name: spec.name,
    description: spec.description,
    sql: `SELECT g.${spec.group.key}, ${columns},
  count(*) AS services,
  round(avg(c.share), 3) AS average_completeness,
  sum((SELECT count(*) FROM flags f WHERE f.record_kind = 'services' AND f.record_id = s.id)) AS flags
FROM ${spec.group.table} g
JOIN services s ON s.id = g.service_id AND s.status = 'active'
JOIN ${spec.named.table} n ON n.id = g.${spec.group.key}
LEFT JOIN scorecards c ON c.service_id = s.id
GROUP BY g.${spec.group.key}`,
  };
}

/**
 * The views of registry.sqlite: the questions researchers ask most, answered from the tables (and
 * from the facts the tables already carry: flags, scorecards, fee_basis), never by recomputing a rule.
 */
export const sqliteViews = [
  {
    name: 'service_summary',
    description:
      'One row per service: names, level, status, payment, number of fees and the lowest and highest fee in som, providers, completeness share and number of rule flags.',
    sql: `SELECT s.id, s.name_ky, s.name_ru, s.level, s.status, s.payment_kind,
  (SELECT count(*) FROM fees f WHERE f.service_id = s.id) AS fee_count,
  (SELECT min(f.amount) FROM fees f WHERE f.service_id = s.id AND f.currency = 'KGS') AS min_fee_kgs,
  (SELECT max(f.amount) FROM fees f WHERE f.service_id = s.id AND f.currency = 'KGS') AS max_fee_kgs,
  (SELECT group_concat(p.agency_id, ';') FROM service_providers p WHERE p.service_id = s.id) AS providers,
  c.share AS completeness,
  (SELECT count(*) FROM flags g WHERE g.record_kind = 'services' AND g.record_id = s.id) AS flag_count
FROM services s LEFT JOIN scorecards c ON c.service_id = s.id`,
  },
  {
    name: 'paid_services_without_legal_basis',
    description: 'Active paid or partly paid services whose fees rest on no legal act (the "fee-without-act" flag), with their providers and fee count.',
    sql: `SELECT s.id, s.name_ky, s.name_ru, s.payment_kind, s.fee_count,
  (SELECT group_concat(p.agency_id, ';') FROM service_providers p WHERE p.service_id = s.id) AS providers
FROM flags g JOIN services s ON s.id = g.record_id
WHERE g.rule = 'fee-without-act' AND g.record_kind = 'services'`,
  },
  completenessBy({
    name: 'completeness_by_agency',
    description: 'Per providing body: number of active services, their average completeness share and their number of rule flags.',
    group: { table: 'service_providers', key: 'agency_id' },
    named: { table: 'agencies', columns: 'name_ky, name_ru' },
  }),
  completenessBy({
    name: 'completeness_by_municipality',
    description: 'Per municipality with a local register: number of active services in it, their average completeness share and their number of rule flags.',
    group: { table: 'local_registers', key: 'municipality_id' },
    named: { table: 'municipalities', columns: 'name_ky, name_ru, level' },
  }),
] as const;

/** The full-text index: names and everyday names of services in both languages. */
export const fullTextSearch = {
  name: 'services_fts',
  table: 'services',
  columns: ['name_ky', 'name_ru', 'everyday_names_ky', 'everyday_names_ru'],
  description:
    "FTS5 full-text index over the names and everyday names of services in Kyrgyz and Russian; its rowid is the services rowid. Example: SELECT s.id, s.name_ru FROM services_fts JOIN services s ON s.rowid = services_fts.rowid WHERE services_fts MATCH 'паспорт'.",
} as const;

/** Research questions as queries: documented on the open-data page, canned in Datasette, timed by `npm run bench:sqlite`. */
export const researchQueries = [
  {
    name: 'services_per_municipality',
    title: "Services in each municipality's local register",
    sql: `SELECT m.id, m.name_ru, m.level, count(l.service_id) AS services
FROM municipalities m JOIN local_registers l ON l.municipality_id = m.id
GROUP BY m.id ORDER BY services DESC`,
  },
  {
    name: 'completeness_with_flags',
    title: 'Completeness and rule flags per providing body',
    sql: 'SELECT * FROM completeness_by_agency ORDER BY average_completeness',
  },
  {
    name: 'paid_without_legal_basis',
    title: 'Paid services whose fees rest on no legal act',
    sql: 'SELECT * FROM paid_services_without_legal_basis ORDER BY id',
  },
  {
    name: 'fees_by_agency',
    title: 'Fees per providing body and currency (never KGS and USD together)',
    sql: `SELECT p.agency_id, f.currency, count(*) AS fees, min(f.amount) AS lowest, round(avg(f.amount), 2) AS average, max(f.amount) AS highest
FROM fees f JOIN service_providers p ON p.service_id = f.service_id
GROUP BY p.agency_id, f.currency ORDER BY fees DESC`,
  },
  {
    name: 'full_text_search',
    title: 'Services whose name or everyday name mentions a passport',
    sql: `SELECT s.id, s.name_ru, s.payment_kind
FROM services_fts JOIN services s ON s.rowid = services_fts.rowid
WHERE services_fts MATCH 'паспорт* OR паспорту*' ORDER BY rank`,
  },
] as const;
