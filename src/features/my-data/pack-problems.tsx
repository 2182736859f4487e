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
            <PlaceOf problem={p} />
            <span className="my-data__block">{t(`problem.${p.code}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PlaceOf({ problem }: { readonly problem: PackProblem }) {
  const { t } = useTranslation('myData');
  const parts: string[] = [];
  if (problem.file !== undefined) parts.push(shortenHashes(problem.file));
  if (problem.entry !== undefined) parts.push(t('problem.entry', { id: shortenHashes(problem.entry) }));
  if (problem.link !== undefined) parts.push(t('problem.link', { n: problem.link }));
  const full = [problem.file, problem.entry].filter((x) => x !== undefined).join(' · ');
  return parts.length === 0 ? null : (
    <code className="my-data__place" title={full}>
      {parts.join(' · ')}
    </code>
  );
}

/** A 64-hex SHA-256 inside a name, as its first 8 and last 4 digits: the full name is in the title. */
const shortenHashes = (text: string): string =>
  text.replace(/[0-9a-f]{64}/g, (h) => `${h.slice(0, 8)}…${h.slice(-4)}`);
