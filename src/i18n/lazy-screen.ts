import { lazy, type ComponentType } from 'react';
import { loadNamespaces } from './i18n.ts';
import type { Namespace } from './resources.ts';

/**
 * A screen that is not on the first screen, loaded with its words: the component's chunk and its namespaces are
 * fetched together, so it never renders raw keys. Wrap the result in <Suspense>.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  namespaces: readonly Namespace[],
) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { default: component };
  });
}
