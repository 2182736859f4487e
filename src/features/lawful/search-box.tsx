interface SearchBoxProps {
  /** `lawful-<id>-search` is both the input's id and its data-testid. */
  readonly id: 'rules' | 'claims';
  readonly label: string;
  readonly hint: string;
  readonly query: string;
  readonly onQuery: (query: string) => void;
}

/** The search field of the catalogue and of the claims list, with its hint tied to it for screen readers. */
export function SearchBox({ id, label, hint, query, onQuery }: SearchBoxProps) {
  const inputId = `lawful-${id}-search`;
  return (
    <div className="lawful-search" role="search">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        aria-describedby={`${inputId}-hint`}
        data-testid={inputId}
      />
      <p id={`${inputId}-hint`} className="lawful-muted">
        {hint}
      </p>
    </div>
  );
}
