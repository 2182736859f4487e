/**
 * A ref for a failure message that appears after a tap: scrolls it to the middle of the screen when it mounts.
 * Save or Import is often tapped far from where the message appears (below the fold, under a bar pinned to the
 * bottom), and a message the user cannot see makes a full phone look like a tap that did nothing.
 */
export function revealOnMount(element: Element | null): void {
  // jsdom (the unit tests) has no scrollIntoView.
  if (element && 'scrollIntoView' in element) element.scrollIntoView({ block: 'center' });
}
