import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../domain/case/types.ts';
import { instantOf } from '../../../domain/case/dates.ts';
import { sizeText } from '../form/attachments-field.tsx';

const yesNo = (t: TFunction<'log'>, v: boolean | undefined) =>
  v === undefined ? null : t(v ? 'form.yes' : 'form.no');

/** Local date and time in the case's zone, for people. */
export function localText(iso: string, timeZone: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    instantOf(iso),
  );
}

/** The facts of one version of an entry as label/value pairs; only fields that hold something. */
function factsOf(
  e: Entry,
  t: TFunction<'log'>,
  timeZone: string,
  lang: string,
  creditor: string | null,
): [string, string][] {
  const rows: [string, string | null | undefined][] = [
    [t('facts.kind'), t(`kind.${e.kind}`)],
    [t('facts.at'), localText(e.at, timeZone, lang)],
    [t('facts.debt'), creditor],
    [t('facts.direction'), e.direction ? t(`form.direction.${e.direction}`) : null],
    [t('facts.answered'), e.kind === 'call' ? yesNo(t, e.answered) : null],
    [
      t('facts.duration'),
      e.durationSec === undefined
        ? null
        : t('facts.durationValue', { min: Math.floor(e.durationSec / 60), sec: e.durationSec % 60 }),
    ],
    [t('facts.collector'), [e.collector?.name, e.collector?.person].filter(Boolean).join(' · ') || null],
    [t('facts.side'), e.collector?.side ? t(`side.${e.collector.side}`) : null],
    [t('facts.phone'), e.collector?.phone],
    [t('facts.toNumber'), e.toNumber],
    [t('facts.consentToTime'), e.consentToTime ? t('form.yes') : null],
    [t('facts.relation'), e.thirdParty?.relation ? t(`relation.${e.thirdParty.relation}`) : null],
    [t('facts.disclosedDebt'), yesNo(t, e.thirdParty?.disclosedDebt)],
    [t('form.visit.collectors'), e.visit?.collectors === undefined ? null : String(e.visit.collectors)],
    [t('form.visit.idShown'), yesNo(t, e.visit?.idShown)],
    [t('form.visit.entered'), yesNo(t, e.visit?.entered)],
    [t('form.visit.consent'), yesNo(t, e.visit?.consentToEnter)],
    [t('form.visit.place'), e.visit?.place ? t(`place.${e.visit.place}`) : null],
    [t('form.letter.type'), e.letter?.type ? t(`letterType.${e.letter.type}`) : null],
    [t('form.letter.receivedOn'), e.letter?.receivedOn],
    [t('facts.tags'), e.tags && e.tags.length > 0 ? e.tags.map((tag) => t(`tag.${tag}`)).join('、') : null],
    [t('facts.notes'), e.notes],
  ];
  return rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1] !== '');
}

export function EntryFacts({
  entry,
  timeZone,
  creditor,
}: {
  readonly entry: Entry;
  readonly timeZone: string;
  readonly creditor: string | null;
}) {
  const { t, i18n } = useTranslation('log');
  return (
    <>
      <dl className="log-facts">
        {factsOf(entry, t, timeZone, i18n.language, creditor).map(([label, value]) => (
          <div key={label} className="log-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.attachments && entry.attachments.length > 0 && (
        <ul className="log-attach__list" aria-label={t('attach.label')}>
          {entry.attachments.map((a) => (
            <li key={a.sha256} className="log-attach__item log-attach__item--sealed">
              <span className="log-attach__name">
                {a.name ?? t('attach.unnamed')}
                {a.size !== undefined && (
                  <span className="log-attach__size"> · {sizeText(a.size, i18n.language)}</span>
                )}
              </span>
              <code className="log-attach__hash">SHA-256 {a.sha256}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What a correction changed, compared with the version before it: only those lines, a removed value as "—". */
export function ChangedFacts({
  before,
  after,
  timeZone,
  creditorOf,
}: {
  readonly before: Entry;
  readonly after: Entry;
  readonly timeZone: string;
  readonly creditorOf: (debtId: string | undefined) => string | null;
}) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  const old = new Map(factsOf(before, t, timeZone, lang, creditorOf(before.debtId)));
  const now = new Map(factsOf(after, t, timeZone, lang, creditorOf(after.debtId)));
  const labels = [...new Set([...now.keys(), ...old.keys()])].filter((l) => old.get(l) !== now.get(l));
  const files = (e: Entry) => (e.attachments ?? []).map((a) => a.sha256).join(',');
  const filesChanged = files(before) !== files(after);
  if (labels.length === 0 && !filesChanged)
    return <p data-testid="log-changed-facts">{t('history.noChange')}</p>;
  return (
    <dl className="log-facts" data-testid="log-changed-facts">
      {labels.map((label) => (
        <div key={label} className="log-facts__row">
          <dt>{label}</dt>
          <dd>{now.get(label) ?? '—'}</dd>
        </div>
      ))}
      {filesChanged && (
        <div className="log-facts__row">
          <dt>{t('attach.label')}</dt>
          <dd>{t('history.filesChanged', { count: after.attachments?.length ?? 0 })}</dd>
        </div>
      )}
    </dl>
  );
}
