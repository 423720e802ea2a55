/**
 * The PNG of a chart, made in the reader's browser from the chart's SVG export (same origin, so the
 * canvas may be read): drawn at twice the SVG's size on white, as the build used to render it, and
 * saved under the name the page gives. Shows the "data and downloads" item only when it can work.
 */
const SCALE = 2;

async function chartPng(svg: string): Promise<Blob> {
  const image = new Image();
  image.src = svg;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * SCALE;
  canvas.height = image.naturalHeight * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

function save(blob: Blob, file: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

if (typeof HTMLCanvasElement.prototype.toBlob === 'function') {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-chart-png]')) {
    const item = button.closest<HTMLElement>('.chart-png');
    const status = item?.querySelector<HTMLElement>('.chart-png-status');
    if (item) item.hidden = false;
    button.addEventListener('click', async () => {
      // Busy rather than disabled: a disabled button loses the keyboard focus to the page.
      if (button.getAttribute('aria-busy') === 'true') return;
      if (status) status.textContent = '';
      button.setAttribute('aria-busy', 'true');
      try {
        save(await chartPng(button.dataset.chartPng ?? ''), button.dataset.file ?? 'chart.png');
      } catch {
        if (status) status.textContent = button.dataset.failed ?? '';
      } finally {
        button.removeAttribute('aria-busy');
      }
    });
  }
}
