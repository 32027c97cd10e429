import type { ErrorEntry } from '../catalog/index.ts';

/**
 * Most entry links a sidebar lists. A provider with more entries shows the window of its entries
 * around the current one, in the provider's own order (its overview lists them all), so every page
 * carries the same number of links at any catalog size: the sidebar is most of an entry page's
 * HTML, and a larger window made pages grow with the catalog (scripts/bench/scale.ts).
 */
export const sidebarLimit = 12;

/**
 * The entries of one provider that a page's sidebar lists; `current` is the page's entry, if any
 * (a provider's overview shows the start of its list).
 */
export function sidebarEntries(own: ErrorEntry[], current: ErrorEntry | undefined): ErrorEntry[] {
  if (own.length <= sidebarLimit) return own;
  const at = current ? own.indexOf(current) : 0;
  const start = Math.max(0, Math.min(at - sidebarLimit / 2, own.length - sidebarLimit));
  return own.slice(start, start + sidebarLimit);
}
