import { EMBED_MESSAGE } from '../../charts/embed';

/**
 * An embed page tells the page that frames it how tall it is, at load and whenever that changes (a
 * disclosure opened, the frame narrowed), so that the framing page's optional script
 * (docs/embedding.md) can size the frame. The message carries nothing but the height.
 */
if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
