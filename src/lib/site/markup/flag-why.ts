import type { Lang } from '../../../i18n/locales.ts';
import type { Flag } from '../../insight/flags.ts';
import { flagWhy } from '../../insight/insight-labels.ts';
import type { Registry } from '../../registry/index.ts';
import { type Html, html } from '../html.ts';
import { actCitation } from '../labels.ts';
import { paths } from '../urls.ts';

/** Why a rule flags a record, in words, with a link to the act the rule rests on when there is one. */
export function flagWhyHtml(flag: Flag, lang: Lang, registry: Registry): Html {
  const act = flag.act ? registry.act.get(flag.act) : undefined;
  return html`${flagWhy(flag, lang)}${act && html` <a href="${paths.act(lang, act.id)}">${actCitation(act, lang)}</a>.`}`;
}
