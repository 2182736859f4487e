import { useSyncExternalStore } from 'react';

/**
 * Recordings running in this page right now. The recovery card lists recordings left in state 'recording' or
 * 'stopped'; one that this page is still recording (or saving) is not interrupted and must not be offered.
 */
const active = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

const changed = () => {
  version++;
  listeners.forEach((l) => l());
};

export const markRecordingActive = (id: string): void => {
  active.add(id);
  changed();
};
export const markRecordingInactive = (id: string): void => {
  if (active.delete(id)) changed();
};
export const isRecordingActive = (id: string): boolean => active.has(id);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Re-renders the caller whenever a recording in this page starts or ends. */
export const useActiveRecordingsVersion = (): number => useSyncExternalStore(subscribe, () => version);
