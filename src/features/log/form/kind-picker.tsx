import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS, type EntryKind } from '../../../domain/case/types.ts';
import { KindIcon } from '../kind-icon.tsx';

/** Eight big buttons, two to a row: the first tap of every log entry. */
export function KindPicker({
  current,
  onPick,
}: {
  readonly current?: EntryKind;
  readonly onPick: (kind: EntryKind) => void;
}) {
  const { t } = useTranslation('log');
  return (
    <div className="log-kinds" role="group" aria-label={t('form.kindLabel')}>
      {ENTRY_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="log-kind"
          data-testid={`log-kind-${kind}`}
          aria-pressed={current === undefined ? undefined : current === kind}
          onClick={() => onPick(kind)}
        >
          <KindIcon kind={kind} />
          <span>{t(`kind.${kind}`)}</span>
        </button>
      ))}
    </div>
  );
}
