import type { EntryKind } from '../../domain/case/types.ts';

// Simple line drawings (24×24, stroke only) so each kind is recognisable before its label is read.
const PATHS: Record<EntryKind, string> = {
  call: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z',
  sms: 'M4 4h16v12H8l-4 4z M8 9h8 M8 12h5',
  message: 'M3 5h13v9H7l-4 3z M9 17h8l4 3V9h-2',
  visit: 'M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-6h4v6',
  letter: 'M3 6h18v12H3z M3 6l9 7 9-7',
  'third-party-contact':
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M2 20a6 6 0 0 1 12 0 M16 11a3 3 0 1 0 0-6 M18 14a6 6 0 0 1 4 6',
  payment: 'M3 7h18v11H3z M3 11h18 M7 15h3',
  note: 'M5 3h10l4 4v14H5z M8 10h8 M8 14h8 M8 18h5',
};

export function KindIcon({ kind }: { readonly kind: EntryKind }) {
  return (
    <svg
      className="log-kind__icon"
      viewBox="0 0 24 24"
      width="28"
      height="28"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
