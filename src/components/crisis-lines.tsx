import { useTranslation } from 'react-i18next';
import { CitationList } from './citation-list.tsx';
import './crisis-lines.css';

/**
 * 110 first (immediate danger), then 12356 (psychological help; anonymous, at least 18 hours a day: legal-facts R109,
 * R110), as numbers a thumb can tap. Calm on purpose: it informs and never blocks what the person came to do. The
 * `support` and `rules` namespaces must be loaded by the screen that shows it.
 */
export function CrisisLines({ lead }: { readonly lead: string }) {
  const { t } = useTranslation(['support', 'rules']);
  return (
    <div className="crisis-lines" data-testid="crisis-lines">
      <p className="crisis-lines__lead">{lead}</p>
      <p className="crisis-lines__danger">{t('support:danger')}</p>
      <ul className="crisis-lines__numbers">
        <li>
          <a
            className="crisis-lines__call crisis-lines__call--110"
            href="tel:110"
            data-testid="crisis-call-110"
          >
            <strong>{t('support:call110')}</strong>
            <span>{t('support:call110Hint')}</span>
          </a>
        </li>
        <li>
          <a className="crisis-lines__call" href="tel:12356" data-testid="crisis-call-12356">
            <strong>{t('support:call12356')}</strong>
            <span>{t('support:call12356Hint')}</span>
          </a>
        </li>
      </ul>
      <p className="crisis-lines__source">{t('support:source')}</p>
      <CitationList ids={['helpline-12356']} />
    </div>
  );
}
