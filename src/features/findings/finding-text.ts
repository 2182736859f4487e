import type { TFunction } from 'i18next';
import type { Finding } from '../../domain/rules/evaluate.ts';

type RulesT = TFunction<['findings', 'rules']>;

const RELATIONS = ['spouse', 'relative', 'colleague', 'employer', 'friend', 'contact-list', 'other'] as const;
const PLACES = ['home', 'workplace', 'other'] as const;

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The finding's facts as the words its sentence needs (codes become phrases of the reader's language). */
function wordsOf(t: RulesT, f: Finding): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(f.params)) out[k] = typeof v === 'number' ? v : String(v);
  const relation = oneOf(RELATIONS, f.params.relation);
  out.relation = relation ? t(`rules:relation.${relation}`) : t('rules:relation.unknown');
  const place = oneOf(PLACES, f.params.place);
  out.place = place ? t(`rules:place.${place}`) : t('rules:place.unknown');
  out.number = typeof f.params.toNumber === 'string' ? f.params.toNumber : t('rules:report.unknownNumber');
  out.collectors = typeof f.params.collectors === 'number' ? f.params.collectors : '?';
  out.localTime = typeof f.params.localTime === 'string' ? f.params.localTime.slice(0, 5) : '';
  return out;
}

/** The finding's sentence from the rules namespace (the same words the CLI and the report use). */
export function detailOf(t: RulesT, f: Finding): string {
  const w = wordsOf(t, f);
  switch (f.ruleId) {
    case 'visit-entry-without-consent':
      return f.params.place === 'home'
        ? t('rules:rule.visit-entry-without-consent.detailHome', w)
        : t('rules:rule.visit-entry-without-consent.detailOther', w);
    case 'outsourcing-without-notice':
      return f.params.outsourcingNoticeOn === null
        ? t('rules:rule.outsourcing-without-notice.detailNoNotice', w)
        : t('rules:rule.outsourcing-without-notice.detailLateNotice', w);
    default:
      return t(`rules:rule.${f.ruleId}.detail`, w);
  }
}
