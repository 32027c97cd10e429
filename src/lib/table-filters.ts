/**
 * Client-side filters of the /errors/ table. The table is complete without JavaScript; this only
 * hides rows. Filter state lives in the query string so a filtered view can be shared.
 */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function setupTableFilters(): void {
  const panel = document.querySelector<HTMLElement>('[data-table-filters]');
  const table = document.querySelector<HTMLTableElement>('[data-error-table]');
  const counter = document.querySelector<HTMLElement>('[data-filter-count]');
  if (!panel || !table || !counter) return;

  const controls = [...panel.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')];
  const rows = [...table.tBodies[0]!.rows];
  const template = counter.dataset.template ?? '{shown} / {total}';

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
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!values.provider || d.provider === values.provider) &&
        (!values.class || d.class === values.class) &&
        (!values.meaning || d.meaning === values.meaning) &&
        (!values.retryable || d.retryable === values.retryable) &&
        words.every((w) => squash(d.search ?? '').includes(w));
      row.hidden = !visible;
      if (visible) shown++;
    }
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
  apply();
}
