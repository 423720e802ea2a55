/**
 * Optional enhancement for charts (the figure reads completely without it): each drawing becomes one
 * tab stop; arrow keys, Home and End step through the marks and show the value in a tip that a screen
 * reader announces; pointing at a mark shows the same tip; Esc or leaving hides it. Every value is
 * also in the figure's table, so nothing exists only in the tip.
 */
for (const drawing of document.querySelectorAll<HTMLElement>('.chart-drawing')) {
  const marks = [...drawing.querySelectorAll<SVGElement>('.chart-mark[data-label]')];
  const figure = drawing.closest<HTMLElement>('figure.chart');
  if (!marks.length || !figure) continue;
  const tip = document.createElement('p');
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  drawing.append(tip);
  drawing.tabIndex = 0;
  drawing.setAttribute('role', 'group');
  drawing.setAttribute('aria-label', figure.dataset.keys ?? '');
  let current = -1;

  const hide = () => {
    marks[current]?.classList.remove('is-current');
    tip.hidden = true;
  };
  const show = (index: number) => {
    marks[current]?.classList.remove('is-current');
    current = (index + marks.length) % marks.length;
    const mark = marks[current]!;
    mark.classList.add('is-current');
    tip.textContent = mark.dataset.label ?? '';
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = drawing.getBoundingClientRect();
    tip.style.left = `${box.left - frame.left + box.width / 2}px`;
    tip.style.top = `${box.top - frame.top}px`;
  };

  drawing.addEventListener('keydown', (event) => {
    const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in steps) show(current < 0 ? 0 : current + steps[event.key]!);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(marks.length - 1);
    else if (event.key === 'Escape') hide();
    else return;
    event.preventDefault();
  });
  drawing.addEventListener('focusout', hide);
  drawing.addEventListener('pointerleave', hide);
  marks.forEach((mark, index) => mark.addEventListener('pointerenter', () => show(index)));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
