/** Ports: the domain asks for time and ids instead of reading them from the platform (STYLE.md §2.4). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface IdGen {
  /** A new id, unique within the case. */
  next(prefix: string): string;
}
