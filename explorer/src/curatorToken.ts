/**
 * The curator token the review panel sends with its decisions. It lives in sessionStorage only: gone when the tab
 * closes, never in the URL (which is shared and kept in the history) and never in localStorage.
 */
const KEY = 'kg-explorer-curator-token';

export const curatorToken = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY) || null;
    } catch {
      return null; // storage disabled: the panel then asks again each time
    }
  },
  set(token: string): void {
    const t = token.trim();
    try {
      if (t) sessionStorage.setItem(KEY, t);
      else sessionStorage.removeItem(KEY);
    } catch {
      /* storage disabled: nothing to keep */
    }
  },
  clear(): void {
    this.set('');
  },
};
