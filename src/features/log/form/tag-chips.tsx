import '../../../components/field.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONDUCT_TAGS, type ConductTag } from '../../../domain/case/types.ts';

/** The conduct tags of case-file v1 as chips in plain words; each tap toggles one (aria-pressed). */
export function TagChips({
  value,
  onChange,
}: {
  readonly value: readonly ConductTag[];
  readonly onChange: (tags: readonly ConductTag[]) => void;
}) {
  const { t } = useTranslation('log');
  const uid = useId();
  const toggle = (tag: ConductTag) =>
    onChange(
      value.includes(tag)
        ? value.filter((x) => x !== tag)
        : CONDUCT_TAGS.filter((x) => x === tag || value.includes(x)),
    );
  return (
    <div className="field" role="group" aria-labelledby={`${uid}-l`}>
      <span id={`${uid}-l`} className="field__label">
        {t('form.tags.label')}
      </span>
      <span className="field__hint">{t('form.tags.hint')}</span>
      <div className="log-chips">
        {CONDUCT_TAGS.map((tag) => (
          <button
            key={tag}
            type="button"
            className="log-chip"
            aria-pressed={value.includes(tag)}
            data-testid={`log-tag-${tag}`}
            onClick={() => toggle(tag)}
          >
            {t(`tag.${tag}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
