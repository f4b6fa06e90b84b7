import type { TableTranslation } from './table-contract.ts';

/**
 * Each open-data table's title and description in English, Kyrgyz and Russian, kept apart from the
 * column contracts so that the texts read as one list; the Data Package publishes all three.
 */
export const tableTexts: Record<string, Record<'en' | 'ky' | 'ru', TableTranslation>> = {
  services: {
    en: { title: 'Services', description: 'One row per service: its register entry, payment and the text of each section of its standard.' },
    ky: { title: 'Кызмат көрсөтүүлөр', description: 'Ар бир кызмат көрсөтүү бир сап: реестрдеги орду, төлөмү жана стандартынын ар бир бөлүмүнүн тексти.' },
    ru: { title: 'Услуги', description: 'Одна строка на услугу: место в реестре, оплата и текст каждого раздела её стандарта.' },
  },
  documents: {
    en: { title: 'Required documents', description: 'One row per document or action a service requires (section 5 of its standard).' },
    ky: { title: 'Талап кылынган документтер', description: 'Кызмат көрсөтүү талап кылган ар бир документ же аракет бир сап (стандарттын 5-бөлүмү).' },
    ru: { title: 'Необходимые документы', description: 'Одна строка на документ или действие, которые требует услуга (раздел 5 стандарта).' },
  },
  fees: {
    en: { title: 'Fees', description: 'One row per fee or price of a service. Amounts are in their own currency: never add KGS and USD together.' },
    ky: { title: 'Төлөмдөр', description: 'Кызмат көрсөтүүнүн ар бир төлөмү же баасы бир сап. Суммалар өз валютасында: KGS менен USDни кошпоңуз.' },
    ru: { title: 'Платы', description: 'Одна строка на плату или цену услуги. Суммы указаны в своей валюте: не складывайте KGS и USD.' },
  },
  steps: {
    en: { title: 'Procedure steps', description: "One row per step of a service's administrative procedure, in order." },
    ky: { title: 'Жол-жобонун кадамдары', description: 'Кызмат көрсөтүүнүн административдик жол-жобосунун ар бир кадамы бир сап, ирети менен.' },
    ru: { title: 'Шаги процедуры', description: 'Одна строка на шаг административной процедуры услуги, по порядку.' },
  },
  channels: {
    en: { title: 'Channels', description: 'One row per channel through which a service can be requested or received (section 7).' },
    ky: { title: 'Кайрылуу жолдору', description: 'Кызмат көрсөтүүгө кайрылуунун же аны алуунун ар бир жолу бир сап (7-бөлүм).' },
    ru: { title: 'Каналы', description: 'Одна строка на способ обратиться за услугой или получить её (раздел 7).' },
  },
  sources: {
    en: { title: 'Sources', description: 'One row per source cited anywhere in the registry: which record and field it supports, and where the fact comes from.' },
    ky: { title: 'Булактар', description: 'Реестрде келтирилген ар бир булак бир сап: ал кайсы жазууну жана талааны тастыктайт, факт кайдан алынган.' },
    ru: { title: 'Источники', description: 'Одна строка на источник, указанный где-либо в реестре: какую запись и поле он подтверждает и откуда взят факт.' },
  },
  agencies: {
    en: { title: 'Bodies', description: 'One row per body that provides or regulates services.' },
    ky: { title: 'Органдар', description: 'Кызмат көрсөткөн же аны жөнгө салган ар бир орган бир сап.' },
    ru: { title: 'Органы', description: 'Одна строка на орган, который оказывает или регулирует услуги.' },
  },
  acts: {
    en: { title: 'Legal acts', description: 'One row per legal act.' },
    ky: { title: 'Ченемдик укуктук актылар', description: 'Ар бир ченемдик укуктук акт бир сап.' },
    ru: { title: 'Правовые акты', description: 'Одна строка на правовой акт.' },
  },
  municipalities: {
    en: { title: 'Municipalities', description: 'One row per region, district, city and ayil aimak.' },
    ky: { title: 'Администрациялык-аймактык бирдиктер', description: 'Ар бир облус, район, шаар жана айыл аймак бир сап.' },
    ru: { title: 'Административно-территориальные единицы', description: 'Одна строка на область, район, город и айыл аймак.' },
  },
  local_registers: {
    en: {
      title: 'Local registers',
      description:
        "One row per service in a municipality's local register: the basic-register services it lists, and local additions (services whose register entry names the municipality).",
    },
    ky: {
      title: 'Жергиликтүү реестрлер',
      description: 'Муниципалитеттин жергиликтүү реестриндеги ар бир кызмат көрсөтүү бир сап: базалык реестрден алынгандары жана жергиликтүү кеңеш кошкондору.',
    },
    ru: { title: 'Местные реестры', description: 'Одна строка на услугу в местном реестре муниципалитета: услуги базового реестра и добавленные местным кенешем.' },
  },
  assessments: {
    en: { title: 'Assessments', description: 'One row per independent assessment or monitoring report; findings and the text are in assessments.json.' },
    ky: { title: 'Баалоолор', description: 'Ар бир көз карандысыз баалоо же мониторинг отчету бир сап; табылгалары жана тексти assessments.json файлында.' },
    ru: { title: 'Оценки', description: 'Одна строка на независимую оценку или отчёт мониторинга; выводы и текст — в assessments.json.' },
  },
  categories: {
    en: { title: 'Life situations', description: 'One row per life-situation category; services.categories holds these ids.' },
    ky: { title: 'Турмуштук кырдаалдар', description: "Ар бир турмуштук кырдаал категориясы бир сап; services.categories ушул id'лерди камтыйт." },
    ru: { title: 'Жизненные ситуации', description: 'Одна строка на категорию жизненной ситуации; services.categories содержит эти id.' },
  },
  service_providers: {
    en: { title: 'Providers of services', description: 'One row per body that provides a service (services.provider_agencies as a join table).' },
    ky: { title: 'Кызмат көрсөткөн органдар', description: 'Кызмат көрсөтүүнү аткарган ар бир орган бир сап (services.provider_agencies тизмеси таблица түрүндө).' },
    ru: { title: 'Органы, оказывающие услуги', description: 'Одна строка на орган, оказывающий услугу (список services.provider_agencies в виде таблицы).' },
  },
  service_complaint_agencies: {
    en: { title: 'Bodies that hear complaints', description: 'One row per body that hears complaints about a service (services.complaint_agencies as a join table).' },
    ky: {
      title: 'Даттанууларды караган органдар',
      description: 'Кызмат көрсөтүү боюнча даттанууларды караган ар бир орган бир сап (services.complaint_agencies тизмеси таблица түрүндө).',
    },
    ru: { title: 'Органы, рассматривающие жалобы', description: 'Одна строка на орган, рассматривающий жалобы на услугу (список services.complaint_agencies в виде таблицы).' },
  },
  service_categories: {
    en: { title: 'Life situations of services', description: 'One row per life situation a service belongs to (services.categories as a join table).' },
    ky: {
      title: 'Кызмат көрсөтүүлөрдүн турмуштук кырдаалдары',
      description: 'Кызмат көрсөтүү кирген ар бир турмуштук кырдаал бир сап (services.categories тизмеси таблица түрүндө).',
    },
    ru: { title: 'Жизненные ситуации услуг', description: 'Одна строка на жизненную ситуацию, к которой относится услуга (список services.categories в виде таблицы).' },
  },
  assessment_services: {
    en: { title: 'Services assessed', description: 'One row per service an assessment covers (assessments.services as a join table).' },
    ky: { title: 'Бааланган кызмат көрсөтүүлөр', description: 'Баалоо камтыган ар бир кызмат көрсөтүү бир сап (assessments.services тизмеси таблица түрүндө).' },
    ru: { title: 'Оценённые услуги', description: 'Одна строка на услугу, которую охватывает оценка (список assessments.services в виде таблицы).' },
  },
  fee_basis: {
    en: {
      title: 'Legal basis of fees',
      description:
        "One row per legal act a fee rests on: the fee's own act, else the acts its sources cite, else those of the payment section. A paid service with no row here has a fee without a legal basis.",
    },
    ky: {
      title: 'Төлөмдөрдүн укуктук негизи',
      description: 'Төлөм негизделген ар бир укуктук акт бир сап: төлөмдүн өз акты, же анын булактары келтирген актылар, же төлөм бөлүмүнүн актылары.',
    },
    ru: {
      title: 'Правовое основание плат',
      description: 'Одна строка на правовой акт, на котором основана плата: собственный акт платы, иначе акты её источников, иначе акты раздела об оплате.',
    },
  },
  flags: {
    en: {
      title: 'Rule flags',
      description:
        'One row per rule flag: a rule of the draft law or the register regulation that a record breaks, or a fact to re-check because the law changed. The flags page explains each rule.',
    },
    ky: {
      title: 'Эреже белгилери',
      description: 'Ар бир белги бир сап: жазуу бузган мыйзам долбоорунун же реестр жобосунун эрежеси, же мыйзам өзгөргөндүктөн кайра текшерүүчү факт.',
    },
    ru: {
      title: 'Отметки о нарушениях правил',
      description:
        'Одна строка на отметку: правило законопроекта или положения о реестре, которое нарушает запись, или факт, который нужно перепроверить, потому что изменился закон.',
    },
  },
  scorecards: {
    en: {
      title: 'Completeness scorecards',
      description: 'One row per service: which of the 15 sections of its standard, its procedure, the act behind its fee and quoted sources are documented.',
    },
    ky: {
      title: 'Толуктук карталары',
      description: 'Ар бир кызмат көрсөтүү бир сап: стандартынын 15 бөлүмүнүн, жол-жобосунун, төлөмүнүн актысынын жана цитаталанган булактардын кайсылары документтештирилген.',
    },
    ru: { title: 'Карты полноты', description: 'Одна строка на услугу: какие из 15 разделов её стандарта, процедура, акт о плате и цитаты источников задокументированы.' },
  },
  survey_answers: {
    en: { title: 'Survey answers', description: 'One row per answer to a survey question reported by an assessment, with the share or number of respondents who gave it.' },
    ky: { title: 'Сурамжылоонун жооптору', description: 'Баалоодо келтирилген сурамжылоо суроосунун ар бир жообу бир сап, аны берген респонденттердин үлүшү же саны менен.' },
    ru: { title: 'Ответы опросов', description: 'Одна строка на ответ на вопрос опроса из оценки, с долей или числом респондентов, которые его дали.' },
  },
};
