import type { Survey } from '../../schemas/index.ts';
import { type ServiceScorecard, scorecardChecks } from '../insight/completeness.ts';
import type { Flag } from '../insight/flags.ts';
import type { AssessmentRecord } from '../registry/index.ts';
import { describeValues, type Enumeration, enumerations } from './enumerations.ts';
import { type Column, type ColumnType, defineTable } from './table-contract.ts';

const column = <Row>(name: string, type: ColumnType, description: string, value: Column<Row>['value']): Column<Row> => ({ name, type, description, value });
const enumColumn = <Row>(name: string, description: string, enumeration: Enumeration, value: (row: Row) => string | undefined): Column<Row> => ({
  name,
  type: 'string',
  description: `${description} ${describeValues(enumeration)}`,
  enumeration,
  value,
});

/** A stable id of a flag: rule, record and what it concerns, joined by ":". */
export const flagId = (flag: Flag) => [flag.rule, flag.kind, flag.id, flag.part ?? '', flag.act ?? ''].join(':');

/** flags.csv: every rule flag the registry raises (the same list as the flags page). */
export const flagsTable = defineTable<Flag>({
  name: 'flags',
  filters: ['rule', 'record_kind', 'record_id'],
  primaryKey: ['flag_id'],
  foreignKeys: [{ fields: 'act_id', table: 'acts' }],
  columns: [
    column('flag_id', 'string', 'Stable id of the flag: rule, record kind, record id, part and act joined by ":".', (flag) => flagId(flag)),
    enumColumn('rule', 'The rule.', enumerations.flagRule, (flag) => flag.rule),
    column('record_kind', 'string', 'Kind of record flagged: services or municipalities (the table of that name).', (flag) => flag.kind),
    column('record_id', 'string', 'Id of the record flagged.', (flag) => flag.id),
    column('part', 'string', 'Part of the record concerned: a standard section key, payment, procedure, register or local_register.', (flag) => flag.part),
    column('act_id', 'string', 'The act involved: the repealed fee act, or the act changed after the part was documented.', (flag) => flag.act),
    column('as_of', 'date', 'For law-changed-since: the date the part was documented as true.', (flag) => flag.asOf),
    column('change_date', 'date', "Date of the act's amendment or repeal.", (flag) => flag.changeDate),
    enumColumn('change_kind', 'What happened to the act.', enumerations.changeKind, (flag) => flag.changeKind),
    column(
      'grounds',
      'string',
      'For no-charging-ground: grounds stated that match none of the law\'s ("other"); empty when none is stated. Several are separated by ";".',
      (flag) => flag.grounds?.join(';') || undefined,
    ),
  ],
  rows: (site) => site.flags,
});

const applicableChecks = 'Number of checks that apply to the service (a price justification does not apply to a free service, a cost to a paid one).';

/** scorecards.csv: what the registry documents of each service (the same numbers as the completeness page). */
export const scorecardsTable = defineTable<ServiceScorecard>({
  name: 'scorecards',
  primaryKey: ['service_id'],
  foreignKeys: [{ fields: 'service_id', table: 'services' }],
  columns: [
    column('service_id', 'string', 'Id of the service (services.id).', (card) => card.service),
    column('documented', 'integer', 'Number of checks documented.', (card) => card.documented),
    column('applicable', 'integer', applicableChecks, (card) => card.applicable),
    column('share', 'number', 'documented / applicable, rounded to 3 decimals.', (card) => Math.round(card.share * 1000) / 1000),
    ...scorecardChecks.map((check) =>
      enumColumn<ServiceScorecard>(
        check,
        `${check === 'fee_basis' ? 'An act behind the fee of a paid service' : check === 'quoted_sources' ? 'Every documented part quotes its source or cites an act' : check === 'procedure' ? 'The administrative procedure' : `Section "${check}" of the standard`}.`,
        enumerations.checkState,
        (card) => card.checks[check],
      ),
    ),
  ],
  rows: (site) => site.scorecards,
});

interface SurveyAnswerRow {
  assessment: AssessmentRecord;
  survey: Survey;
  question: number;
  answer: number;
}

/** survey_answers.csv: the answer distributions of survey questions recorded in assessments. */
export const surveyAnswersTable = defineTable<SurveyAnswerRow>({
  name: 'survey_answers',
  primaryKey: ['assessment_id', 'question_number', 'answer_number'],
  foreignKeys: [{ fields: 'assessment_id', table: 'assessments' }],
  columns: [
    column('assessment_id', 'string', 'Id of the assessment (assessments.id).', (row) => row.assessment.id),
    column('question_number', 'integer', 'Position of the question in the assessment, from 1.', (row) => row.question),
    column('question_ky', 'string', 'The question as printed (Kyrgyz).', (row) => row.survey.question.ky),
    column('question_ru', 'string', 'The question as printed (Russian).', (row) => row.survey.question.ru),
    column('base_ky', 'string', 'Who was asked (Kyrgyz).', (row) => row.survey.base?.ky),
    column('base_ru', 'string', 'Who was asked (Russian).', (row) => row.survey.base?.ru),
    column('page', 'string', 'Page, chart or section of the report.', (row) => row.survey.page),
    column('answer_number', 'integer', "Position of the answer, from 1, in the report's order.", (row) => row.answer),
    column('label_ky', 'string', 'The answer as worded in the report (Kyrgyz).', (row) => row.survey.answers[row.answer - 1]!.label.ky),
    column('label_ru', 'string', 'The answer as worded in the report (Russian).', (row) => row.survey.answers[row.answer - 1]!.label.ru),
    column('value', 'number', 'Share or number of respondents who gave the answer.', (row) => row.survey.answers[row.answer - 1]!.value),
    enumColumn('unit', 'Unit of the value.', enumerations.surveyUnit, (row) => row.survey.answers[row.answer - 1]!.unit),
    column('approximate', 'boolean', 'True when the report gives the value as approximate.', (row) => row.survey.answers[row.answer - 1]!.approximate ?? false),
  ],
  *rows({ registry }) {
    for (const assessment of registry.assessments) {
      const surveys = assessment.surveys ?? [];
      for (let question = 1; question <= surveys.length; question++) {
        const survey = surveys[question - 1]!;
        for (let answer = 1; answer <= survey.answers.length; answer++) yield { assessment, survey, question, answer };
      }
    }
  },
});
