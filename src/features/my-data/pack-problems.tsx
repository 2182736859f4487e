import { useTranslation } from 'react-i18next';
import type { PackProblem } from '../../domain/case-pack/check-pack.ts';

/** What is wrong with a pack, each problem naming its file, record or chain link. */
export function PackProblems({ problems }: { readonly problems: readonly PackProblem[] }) {
  const { t } = useTranslation('myData');
  return (
    <div className="my-data__problem" data-testid="restore-problems">
      <p>{t('restore.problemsTitle', { count: problems.length })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-testid="restore-problem" data-code={p.code}>
            <PlaceOf problem={p} /> {t(`problem.${p.code}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PlaceOf({ problem }: { readonly problem: PackProblem }) {
  const { t } = useTranslation('myData');
  const parts: string[] = [];
  if (problem.file !== undefined) parts.push(problem.file);
  if (problem.entry !== undefined) parts.push(t('problem.entry', { id: problem.entry }));
  if (problem.link !== undefined) parts.push(t('problem.link', { n: problem.link }));
  return parts.length === 0 ? null : <code className="my-data__place">{parts.join(' · ')}</code>;
}
