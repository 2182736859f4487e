import { useTranslation } from 'react-i18next';
import type { DebtKind } from '../../domain/case/types.ts';
import type { Finding } from '../../domain/rules/evaluate.ts';
import { actionsFor } from './actions.ts';
import type { Channel } from './actions.ts';
import { routes } from '../../platform/routes.ts';

const LETTER_KEYS = {
  'complaint-lender': 'letter.complaint-lender',
  'complaint-12378': 'letter.complaint-12378',
  'stop-third-party': 'letter.stop-third-party',
  'collector-identity': 'letter.collector-identity',
  'police-statement': 'letter.police-statement',
} as const;

const isLetterKey = (id: string): id is keyof typeof LETTER_KEYS => id in LETTER_KEYS;

function ChannelItem({ channel }: { readonly channel: Channel }) {
  const { t } = useTranslation('findings');
  return (
    <li className="findings-channel" data-channel={channel}>
      {channel === '110' ? (
        <a className="button button--small" href="tel:110">
          {t('channel.110')}
        </a>
      ) : (
        <strong>{t(`channel.${channel}`)}</strong>
      )}
      {channel === '12321' && (
        <span className="findings-badge findings-badge--warn">{t('cite.unverified')}</span>
      )}
      <span className="findings-channel__hint">{t(`channel.${channel}Hint`)}</span>
    </li>
  );
}

/** The matching letters (with the debt chosen) and the channels the sheet names for this conduct. */
export function FindingActions({
  finding,
  debtKind,
}: {
  readonly finding: Finding;
  readonly debtKind: DebtKind | undefined;
}) {
  const { t } = useTranslation('findings');
  const { letters, channels } = actionsFor(finding, debtKind);
  if (letters.length === 0 && channels.length === 0) return null;
  return (
    <div className="findings-actions" data-testid="finding-actions">
      <p className="findings-label">{t('actions.heading')}</p>
      <ul className="findings-actions__list">
        {letters.filter(isLetterKey).map((id) => (
          <li key={id}>
            <a
              href={routes.letters.draft(id, finding.debtId)}
              data-testid="finding-letter"
              data-template={id}
            >
              {t('actions.letter', { title: t(LETTER_KEYS[id]) })}
            </a>
          </li>
        ))}
        {channels.map((c) => (
          <ChannelItem key={c} channel={c} />
        ))}
      </ul>
      <p className="findings-muted">{t('actions.noPromise')}</p>
    </div>
  );
}
