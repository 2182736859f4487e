interface FormActionsProps {
  /** `<prefix>-save` and `<prefix>-cancel` are the buttons' data-testids (e2e contract). */
  readonly testIdPrefix: string;
  readonly className: string;
  readonly saving: boolean;
  /** The form holds typed input that Cancel would throw away. */
  readonly dirty: boolean;
  readonly words: {
    readonly save: string;
    readonly saving: string;
    readonly cancel: string;
    readonly discard: string;
  };
  readonly onCancel: () => void;
}

/** Save and Cancel under a form. A stressed user taps Cancel by mistake: typed input is not dropped without asking. */
export function FormActions({ testIdPrefix, className, saving, dirty, words, onCancel }: FormActionsProps) {
  return (
    <div className={className}>
      <button
        type="submit"
        className="button button--primary"
        data-testid={`${testIdPrefix}-save`}
        aria-disabled={saving}
      >
        {saving ? words.saving : words.save}
      </button>
      <button
        type="button"
        className="button"
        data-testid={`${testIdPrefix}-cancel`}
        onClick={() => {
          if (!dirty || window.confirm(words.discard)) onCancel();
        }}
      >
        {words.cancel}
      </button>
    </div>
  );
}
