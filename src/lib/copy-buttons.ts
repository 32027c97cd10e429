/** Copy buttons (src/components/CopyButtons.astro): copy their text and say so in a live region. */
export function setupCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')) {
    if (button.dataset.copyReady) continue;
    button.dataset.copyReady = 'true';
    button.addEventListener('click', async () => {
      const status = button.closest('[data-copy-group]')?.querySelector<HTMLElement>('[role="status"]');
      try {
        await navigator.clipboard.writeText(button.dataset.copyText ?? '');
        if (status) status.textContent = status.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = status.dataset.failed ?? '';
      }
      // Clear the message after a while so a second copy is announced again.
      setTimeout(() => status && (status.textContent = ''), 4000);
    });
  }
}
