/**
 * Client-side filters of the /errors/ tables (one per provider). They are complete without
 * JavaScript; this only hides rows, and a provider's table when none of its rows is left. Filter state lives in the query string so a filtered view can be shared. The text
 * filter matches every name of an entry (codes, SDK classes, aliases, titles in both languages)
 * from the quick lookup's index, fetched once a person types; until it arrives, the row's own text.
 */
import type { LookupIndex } from './lookup.ts';

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Each entry's names as one squashed string, by slug. */
const namesBySlug = (index: LookupIndex) =>
  new Map(
    index.entries.map((e) => [
      e.slug,
      squash([e.slug, e.status, ...e.statuses, ...e.keys, ...e.types, ...e.names, e.provider].join(' ')),
    ]),
  );

export function setupTableFilters(): void {
  const panel = document.querySelector<HTMLElement>('[data-table-filters]');
  const groups = [...document.querySelectorAll<HTMLElement>('[data-table-group]')];
  const counter = document.querySelector<HTMLElement>('[data-filter-count]');
  if (!panel || !groups.length || !counter) return;

  const controls = [...panel.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')];
  // Each provider's rows are in its own table, under the group that names the provider.
  const rows = groups.flatMap((group) =>
    [...group.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => ({ row, group })),
  );
  const template = counter.dataset.template ?? '{shown} / {total}';
  let names: Map<string, string> | undefined;
  let loading = false;

  const params = new URL(location.href).searchParams;
  for (const control of controls) {
    const value = params.get(control.name);
    // Only accept values the control offers; anything else in the URL is ignored.
    if (value === null) continue;
    if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === value)) continue;
    control.value = value.slice(0, 200);
  }

  const apply = () => {
    const values = Object.fromEntries(controls.map((c) => [c.name, c.value.trim().toLowerCase()]));
    // Punctuation is ignored on both sides: `insufficient-quota` finds `insufficient_quota`, and
    // `invalidrequesterror` finds `openai.error.InvalidRequestError`.
    const words = (values.q ?? '').split(/\s+/).map(squash).filter(Boolean);
    if (words.length && !names && !loading && panel.dataset.index) {
      loading = true;
      // The quick lookup on this page fetches the same file; whichever asks second gets the cache.
      fetch(panel.dataset.index, { cache: 'force-cache' })
        .then((r) => (r.ok ? (r.json() as Promise<LookupIndex>) : Promise.reject(new Error(r.url))))
        .then((index) => {
          names = namesBySlug(index);
          apply();
        })
        .catch(() => (loading = false));
    }
    let shown = 0;
    const shownIn = new Set<HTMLElement>();
    for (const { row, group } of rows) {
      const d = row.dataset;
      const visible =
        (!values.provider || group.dataset.provider === values.provider) &&
        (!values.class || d.class === values.class) &&
        (!values.meaning || d.meaning === values.meaning) &&
        (!values.retryable || d.retryable === values.retryable) &&
        (!words.length || words.every((w) => (names?.get(row.id) ?? squash(row.textContent ?? '')).includes(w)));
      row.hidden = !visible;
      if (visible) {
        shown++;
        shownIn.add(group);
      }
    }
    // A provider none of whose rows match disappears with its heading.
    for (const group of groups) group.hidden = !shownIn.has(group);
    counter.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));

    const url = new URL(location.href);
    for (const c of controls) {
      if (c.value) url.searchParams.set(c.name, c.value);
      else url.searchParams.delete(c.name);
    }
    history.replaceState(null, '', url);
  };

  for (const control of controls) control.addEventListener('input', apply);
  panel.querySelector('[data-filter-reset]')?.addEventListener('click', () => {
    for (const control of controls) control.value = '';
    apply();
  });
  // The page arrives showing every row; only a filter from the URL changes that.
  if (controls.some((c) => c.value)) apply();
}
