import type { ErrorEntry } from '../catalog/index.ts';

/**
 * Most entry links a sidebar lists. A provider with more entries shows, on an entry page, the window
 * of its entries with the same status around the current one (the provider page lists them all), so
 * no page grows with the catalog, however large one provider becomes.
 */
export const sidebarLimit = 60;

/** The entries of one provider that a page's sidebar lists; `current` is the page's entry, if any. */
export function sidebarEntries(own: ErrorEntry[], current: ErrorEntry | undefined): ErrorEntry[] {
  if (own.length <= sidebarLimit) return own;
  if (!current) return [];
  const sameStatus = own.filter((e) => e.http === current.http && !e.sdk === !current.sdk);
  const at = sameStatus.indexOf(current);
  const start = Math.max(0, Math.min(at - sidebarLimit / 2, sameStatus.length - sidebarLimit));
  return sameStatus.slice(start, start + sidebarLimit);
}
