/** The "log a contact" action on every screen; placeholder until the log screen exists (its owner replaces this). */
export function LogFab() {
  return null;
}
