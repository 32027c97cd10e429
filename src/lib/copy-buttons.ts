/**
 * Copy buttons (src/components/CopyButtons.astro): copy their text and say so in a live region.
 * One listener for the whole page, however many buttons it has (the table has two per row). A
 * button with `data-copy-from` copies one value of a JSON file fetched when it is clicked (from the
 * browser's cache after the first time). No import, so the script stays inline in the page.
 */
async function copy(button: HTMLButtonElement): Promise<void> {
  const { copyText, copyFrom, copyKey } = button.dataset;
  if (copyFrom === undefined) return navigator.clipboard.writeText(copyText ?? '');
  const text = fetch(copyFrom, { cache: 'force-cache' })
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(copyFrom))))
    .then((values) => {
      const value = copyKey === undefined ? undefined : values[copyKey];
      return value ?? Promise.reject(new Error(`${copyFrom} has no ${copyKey}`));
    });
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
    const button = event.target.closest<HTMLButtonElement>('button[data-copy-text], button[data-copy-from]');
    if (!button) return;
    const status = button.closest('[data-copy-group]')?.querySelector<HTMLElement>('[role="status"]');
    try {
      await copy(button);
      if (status) status.textContent = status.dataset.copied ?? '';
    } catch {
      if (status) status.textContent = status.dataset.failed ?? '';
    }
    // Clear the message after a while so a second copy is announced again.
    setTimeout(() => status && (status.textContent = ''), 4000);
  });
}
