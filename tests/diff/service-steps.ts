/** The three states of one made-up service, as the scenario describes: added, changed, retired. */
const common = (fee: number, document: string) => `id: passport-replacement
level: state
name:
  ky: Паспортту алмаштыруу
  ru: Замена паспорта
categories: [civil-status]
STATUS
payment:
  kind: paid
  fees:
    - amount: ${fee}
      for:
        ru: замена в течение 10 рабочих дней
      as_of: 2025-01-10
  sources:
    - url: https://example.org/fees-${fee}
standard:
  provider:
    agencies: [PROVIDER]
    sources:
      - url: https://example.org/provider
  documents:
    items:
      - name:
          ru: ${document}
    sources:
      - url: https://example.org/documents
sources:
  - url: https://example.org/passport
`;

export const added = common(833, 'Старый паспорт').replace('STATUS', 'status: active').replace('PROVIDER', 'test-ministry');
export const changed = common(900, 'Старый паспорт и фотография 3x4').replace('STATUS', 'status: active').replace('PROVIDER', 'test-ministry');
export const retired = common(900, 'Старый паспорт и фотография 3x4')
  .replace('STATUS', 'status: retired\nretired:\n  date: 2025-03-01\n  sources:\n    - url: https://example.org/retired')
  .replace('PROVIDER', 'test-ministry');
export const brokenReference = changed.replace('agencies: [test-ministry]', 'agencies: [no-such-ministry]');
export const file = 'services/passport-replacement.yaml';
