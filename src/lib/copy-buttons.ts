/**
 * Copy buttons: copy their text and say so in a live region. One listener for the whole page.
 * - An entry page's buttons (src/components/CopyButtons.astro) carry their text in `data-copy-text`.
 * - A row of the /errors/ table (ErrorTablePage.astro) carries only two buttons; the table says
 *   where its rows' links start (`data-copy-base`) and which file holds their ticket summaries
 *   (`data-copy-from`, fetched on a click and then from the browser's cache).
 * No import, so the script stays inline in the page.
 */
function rowSummary(file: string, slug: string): Promise<string> {
  return fetch(file, { cache: 'force-cache' })
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(file))))
    .then((summaries) => summaries[slug] ?? Promise.reject(new Error(`${file} has no ${slug}`)));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const rows = button.closest<HTMLElement>('[data-copy-rows]');
  if (!rows) return navigator.clipboard.writeText(button.dataset.copyText ?? '');
  const slug = button.closest('tr')?.id ?? '';
  if (button.dataset.copy === 'link') return navigator.clipboard.writeText(`${rows.dataset.copyBase}#${slug}`);
  const text = rowSummary(rows.dataset.copyFrom ?? '', slug);
  // A ClipboardItem takes the text as a promise, so the copy still counts as part of the click
  // while the file loads (Safari refuses a clipboard write that comes after an await).
  if (typeof ClipboardItem === 'function') {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return navigator.clipboard.writeText(await text);
}

let ready = false;

export function setupCopyButtons(): void {
  if (ready) return;
  ready = true;
  document.addEventListener('click', async (event) => {
    if (!(event.target instanceof Element)) return;
    const button = event.target.closest<HTMLButtonElement>(
      'button[data-copy-text], [data-copy-rows] button[data-copy]',
    );
    if (!button) return;
    const status = button.closest('[data-copy-group]')?.querySelector<HTMLElement>('[role="status"]');
    let said: string | undefined;
    try {
      await copy(button);
      said = status?.dataset.copied;
      // The table's status line is read out but not shown (it is far from the row): the button shows it.
      button.dataset.copied = '';
    } catch {
      said = status?.dataset.failed;
    }
    if (status) status.textContent = said ?? '';
    // Clear the message after a while so a second copy is announced again.
    setTimeout(() => {
      if (status) status.textContent = '';
      delete button.dataset.copied;
    }, 4000);
  });
}
