import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FieldId } from '../../domain/letters/fields.ts';
import type { AssembledBlock, AssembledSegment, LetterLang } from '../../domain/letters/types.ts';

/*
 * Everything here renders values as React text nodes: the user's words, the creditor's name and the findings
 * never pass through innerHTML, so "<script>" in a field is shown as those characters (tests check it).
 */

interface SegmentProps {
  readonly segment: AssembledSegment;
  readonly onMissing?: ((field: FieldId) => void) | undefined;
}

function SegmentView({ segment, onMissing }: SegmentProps) {
  const { t } = useTranslation('letters');
  switch (segment.kind) {
    case 'text':
    case 'cite':
      return <>{segment.text}</>;
    case 'field':
      if (segment.value !== null) return <span className="letter__value">{segment.value}</span>;
      // In the preview a gap is a button that takes the user to the form field; on paper it is the placeholder.
      return onMissing === undefined ? (
        <span className="letter__missing">{segment.placeholder}</span>
      ) : (
        <button
          type="button"
          className="letter__missing"
          data-testid="preview-missing"
          data-field={segment.field}
          aria-label={t('preview.fillIn', { field: segment.placeholder })}
          onClick={() => onMissing(segment.field)}
        >
          {segment.placeholder}
        </button>
      );
  }
}

function BlockView({ block, onMissing }: { block: AssembledBlock; onMissing?: SegmentProps['onMissing'] }) {
  const content = block.segments.map((s, i) => <SegmentView key={i} segment={s} onMissing={onMissing} />);
  if (block.kind === 'title') return <h2 className="letter__title">{content}</h2>;
  return <p className={`letter__${block.kind}`}>{content}</p>;
}

interface LetterBodyProps {
  readonly blocks: readonly AssembledBlock[];
  readonly lang: LetterLang;
  readonly onMissing?: SegmentProps['onMissing'];
  readonly testId: string;
}

function LetterBody({ blocks, lang, onMissing, testId }: LetterBodyProps) {
  return (
    <article className="letter" lang={lang} data-testid={testId}>
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} onMissing={onMissing} />
      ))}
    </article>
  );
}

/** The live preview beside the form, with the one reminder every letter gets. */
export function LetterPreview(props: Omit<LetterBodyProps, 'testId'>) {
  const { t } = useTranslation('letters');
  return (
    <section className="letters-preview" aria-labelledby="letters-preview-title">
      <h2 id="letters-preview-title" className="letters-preview__heading" tabIndex={-1}>
        {t('preview.title')}
      </h2>
      <p className="letters-check" data-testid="letter-check">
        {t('preview.check')}
      </p>
      <LetterBody {...props} testId="letter-preview" />
    </section>
  );
}

/**
 * The letter as printed: a sibling of the app root (a portal into <body>), so the print stylesheet can hide
 * everything else without touching the app shell. It is hidden on screen.
 */
export function PrintSheet({ blocks, lang }: { blocks: readonly AssembledBlock[]; lang: LetterLang }) {
  return createPortal(
    <div className="letters-print-root" aria-hidden="true">
      <LetterBody blocks={blocks} lang={lang} testId="letter-print" />
    </div>,
    document.body,
  );
}
