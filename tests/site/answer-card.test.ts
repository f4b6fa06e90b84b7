import { describe, expect, it } from 'vitest';
import { serviceView } from '../../src/lib/service-view/service-view.ts';
import { answerCardHtml } from '../../src/lib/site/markup/answer-card.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { siteModelOf } from '../helpers/site-model.ts';

describe('the answer card', () => {
  const site = siteModelOf(fixturePath('content-marks'));
  const facts = site.facts.get('birth-registration')!;

  it('shows an empty list of conflicting sources as no conflict at all, not as "0"', () => {
    const { standard, payment } = facts.service;
    const withEmptyLists = {
      ...facts,
      service: {
        ...facts.service,
        payment: payment && { ...payment, conflicts: [] },
        standard: {
          ...standard,
          documents: standard?.documents && { ...standard.documents, conflicts: [] },
          deadline: standard?.deadline && { ...standard.deadline, conflicts: [] },
        },
      },
    };
    for (const lang of ['ky', 'ru'] as const) {
      expect(answerCardHtml(serviceView(withEmptyLists, lang)).value).toBe(answerCardHtml(serviceView(facts, lang)).value);
    }
  });
});
