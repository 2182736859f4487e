import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, type Namespace } from '../../i18n/resources.ts';

/**
 * Search covers both languages whatever the UI shows, so the other language's words are read too (from their
 * precached chunk, offline as well). Returns true once both are in place.
 */
export function useBothLanguages(namespaces: readonly Namespace[]): boolean {
  const { i18n } = useTranslation();
  const missing = () =>
    SUPPORTED_LANGUAGES.flatMap((lng) =>
      namespaces.filter((ns) => !i18n.hasResourceBundle(lng, ns)).map((ns) => [lng, ns] as const),
    );
  const [ready, setReady] = useState(() => missing().length === 0);
  useEffect(() => {
    const todo = missing();
    if (todo.length === 0) return;
    let live = true;
    const lngs = [...new Set(todo.map(([lng]) => lng))];
    const nss = [...new Set(todo.map(([, ns]) => ns))];
    i18n.reloadResources(lngs, nss).then(
      () => live && setReady(true),
      // Without the other language, search still covers the one on screen.
      () => live && setReady(true),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the namespaces are a constant of the caller
  }, [i18n]);
  return ready;
}
