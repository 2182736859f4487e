import { ComingSoon } from '../../components/coming-soon.tsx';

/** Placeholder until this screen is built (its owner replaces this file). */
export function LettersScreen() {
  return <ComingSoon topic="letters" />;
}
