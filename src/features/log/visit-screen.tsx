import { ComingSoon } from '../../components/coming-soon.tsx';

/** Placeholder until visit mode is built (its owner replaces this file). */
export function VisitScreen() {
  return <ComingSoon topic="log" />;
}
