import { ClaimDetail } from './claim-detail.tsx';
import { ClaimsList } from './claims-screen.tsx';
import { LawfulHub } from './lawful-hub.tsx';
import { useView } from '../../platform/use-route.ts';
import { RulesCatalogue } from './rules-catalogue.tsx';
import './lawful.css';

/** `#/lawful…` except the findings screen: the hub, the rule catalogue and the claims checker. */
export function LawfulScreen() {
  const view = useView('lawful');
  switch (view.kind) {
    case 'rules':
      return <RulesCatalogue topic={view.topic} />;
    case 'claims':
      return <ClaimsList />;
    case 'claim':
      return <ClaimDetail id={view.id} />;
    default:
      return <LawfulHub />;
  }
}
