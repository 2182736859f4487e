import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

interface FormGuardValue {
  dirtyCount: number;
  register: () => () => void;
}

// Without a provider (e.g. a feature rendered alone in a test) forms still work; nothing is guarded.
const FormGuardContext = createContext<FormGuardValue>({ dirtyCount: 0, register: () => () => undefined });

/**
 * Counts forms holding unsaved input. The update banner waits on it so that the app never reloads under an open
 * form (STYLE.md: "never reload while a recording or a form is open"), and the browser is asked to warn before
 * the page is closed.
 */
export function FormGuardProvider({ children }: { children: ReactNode }) {
  const [dirtyCount, setDirtyCount] = useState(0);

  const register = useCallback(() => {
    setDirtyCount((n) => n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      setDirtyCount((n) => Math.max(0, n - 1));
    };
  }, []);

  useEffect(() => {
    if (dirtyCount === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // Browsers show their own generic text; preventDefault is what triggers the prompt in all current engines.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirtyCount]);

  const value = useMemo(() => ({ dirtyCount, register }), [dirtyCount, register]);
  return <FormGuardContext.Provider value={value}>{children}</FormGuardContext.Provider>;
}

/** A form calls this on every render with whether it currently holds unsaved input. */
export function useFormGuard(dirty: boolean): void {
  const { register } = useContext(FormGuardContext);
  useEffect(() => {
    if (!dirty) return;
    return register();
  }, [dirty, register]);
}

/** True while at least one mounted form has unsaved input. */
export function useAnyFormDirty(): boolean {
  return useContext(FormGuardContext).dirtyCount > 0;
}
