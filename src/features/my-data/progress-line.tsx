import { formatPercent } from './percent.ts';
import { useLanguage } from '../../i18n/use-language.ts';

interface Props {
  readonly label: (percent: string) => string;
  readonly done: number;
  readonly total: number;
  readonly testId: string;
}

/** A native progress bar with its words; the percentage is read out by screen readers through the label. */
export function ProgressLine({ label, done, total, testId }: Props) {
  const lng = useLanguage();
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const text = label(formatPercent(ratio, lng));
  return (
    <div className="my-data__progress" data-testid={testId}>
      <p>{text}</p>
      <progress max={1} value={ratio} aria-label={text} />
    </div>
  );
}
