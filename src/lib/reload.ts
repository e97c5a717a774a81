/** Starts the app afresh at its home screen (a full page load, not a route change). */
export function reloadToHome(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  window.location.reload();
}
