/**
 * Optional enhancement of the "Embed" disclosure (./EmbedCode.astro): a button that copies a block of
 * code, shown only where a script runs. Where the browser refuses the clipboard, the code is selected
 * for the reader to copy, and the status says so.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const code = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector('[role="status"]');
  if (!code || !status || !button.parentElement) continue;
  button.parentElement.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = button.dataset.copied ?? '';
    } catch {
      window.getSelection()?.selectAllChildren(code);
      status.textContent = button.dataset.failed ?? '';
    }
  });
}
