import type { Tab } from '../platform/routes.ts';

// Hand-drawn 24×24 stroke icons: no icon font (CSP font-src 'self', no network) and no extra dependency.
const PATHS: Record<Tab, string> = {
  today: 'M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5 M8 14h3',
  log: 'M6 3h9l4 4v14H6z M15 3v4h4 M9 11h7 M9 15h7',
  lawful: 'M12 3v18 M5 21h14 M4 8h16 M7 8l-3 6h6z M17 8l-3 6h6z',
  letters: 'M3 6h18v12H3z M3 7l9 6 9-6',
  'my-data':
    'M12 3c4.4 0 8 1.3 8 3s-3.6 3-8 3-8-1.3-8-3 3.6-3 8-3z M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6 M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
};

export function NavIcon({ route }: { route: Tab }) {
  return (
    <svg
      className="nav__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[route]} />
    </svg>
  );
}
