import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CrisisLines } from '../../components/crisis-lines.tsx';
import { routes } from '../../platform/routes.ts';

/** The calm "I can't cope" page, one tap from Today: 110 and 12356 with one kind sentence, nothing else asked. */
export function SupportScreen() {
  const { t } = useTranslation('support');
  const heading = useRef<HTMLHeadingElement>(null);
  // The first time this chunk loads, Today's own focus move finds no heading yet (Suspense): take it here.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="today" aria-labelledby="support-title" data-testid="support-screen">
      <p>
        <a className="today-link" href={routes.today.list()}>
          {t('back')}
        </a>
      </p>
      <h1 id="support-title" tabIndex={-1} ref={heading}>
        {t('title')}
      </h1>
      <CrisisLines lead={t('kind')} />
      <p className="today-muted">{t('deadlineNote')}</p>
    </section>
  );
}
