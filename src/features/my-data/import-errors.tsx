import { useTranslation } from 'react-i18next';
import type { CaseError } from '../../domain/case/errors.ts';
import type { ImportClash } from '../../data/repositories/case-rows.ts';
import { plainPath } from './error-path.ts';

interface ImportErrorsProps {
  readonly title: string;
  readonly errors: readonly CaseError[] | readonly ImportClash[];
}

const isClash = (error: CaseError | ImportClash): error is ImportClash =>
  error.code === 'debt-id-exists' || error.code === 'entry-id-exists';

/** Every problem, each in words with where it is; the list is the user's to-do list for fixing the file. */
export function ImportErrors({ title, errors }: ImportErrorsProps) {
  const { t } = useTranslation('myData');
  const { t: tc } = useTranslation('caseErrors');
  const message = (error: CaseError | ImportClash) => {
    const path = plainPath(error.path, t);
    if (isClash(error)) return t(`clash.${error.code}`, { path, id: error.params.id });
    return tc(error.code, { ...error.params, path });
  };
  return (
    <div className="import-errors" role="alert">
      <p className="import-errors__title">{title}</p>
      <ol className="import-errors__list" data-testid="import-errors">
        {errors.map((error, index) => (
          <li key={`${index}-${error.code}-${error.path}`} data-testid="import-error" data-code={error.code}>
            {message(error)}
          </li>
        ))}
      </ol>
    </div>
  );
}
