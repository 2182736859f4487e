import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

interface Toast {
  id: number;
  message: string;
  testId: string;
}

interface ToastValue {
  show: (message: string, testId?: string) => void;
}

const ToastContext = createContext<ToastValue>({ show: () => undefined });

const VISIBLE_MS = 4000;

/**
 * One polite live region for short confirmations. The region is always in the DOM so that screen readers announce
 * a message the moment it is inserted (a region created together with its text is often not read).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Toast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const nextId = useRef(0);

  const show = useCallback((message: string, testId = 'toast') => {
    clearTimeout(timer.current);
    nextId.current += 1;
    setToast({ id: nextId.current, message, testId });
    timer.current = setTimeout(() => setToast(null), VISIBLE_MS);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  const value = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <p key={toast.id} className="toast" data-testid={toast.testId}>
            {toast.message}
          </p>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastValue {
  return useContext(ToastContext);
}

/** Call the returned function only after the write has been committed and read back (STYLE.md §2.5). */
export function useSavedToast(): () => void {
  const { show } = useToast();
  const { t } = useTranslation('common');
  return useCallback(() => show(t('saved'), 'saved-toast'), [show, t]);
}
