export * from './common.ts';
export * from './agency.ts';
export * from './act.ts';
export * from './service.ts';
export * from './municipality.ts';
export * from './taxonomy.ts';
export * from './assessment.ts';
export * from './source-checks.ts';
