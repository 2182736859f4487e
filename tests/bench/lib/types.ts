/** One line of the bench report. Budgets are goals to watch, not test assertions. */
export interface Figure {
  readonly id: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: number;
  readonly pass?: boolean;
  readonly ratio?: number;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface BuildOutput {
  readonly outDir: string;
  /** JS files (relative to outDir) that index.html loads before any lazy chunk: the entry and its static imports. */
  readonly initialJs: readonly string[];
}

/** What figures may ask for; builds are made once and shared. */
export interface BenchContext {
  readonly repoRoot: string;
  appBuild(): Promise<BuildOutput>;
  /** react + react-dom + dexie + i18next behind a trivial entry, built the same way: the floor the app stands on. */
  bareBuild(): Promise<BuildOutput>;
}

/** A file in tests/bench/figures/ exports `figure` of this type; the runner picks up every such file. */
export interface FigureSource {
  measure(ctx: BenchContext): Promise<readonly Figure[]>;
}
