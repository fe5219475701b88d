/**
 * Submenus are <details> disclosures, so they open and close with Enter, Space or a click with
 * no script at all. This adds what a disclosure menu is expected to do beyond that: Escape closes
 * the open submenu and returns focus to its toggle; opening one closes the others; moving focus or
 * clicking outside closes it.
 */
export function startMainMenu(): void {
  const disclosures = [...document.querySelectorAll<HTMLDetailsElement>('details[data-menu-disclosure]')];
  const close = (disclosure: HTMLDetailsElement) => {
    disclosure.open = false;
  };
  for (const disclosure of disclosures) {
    disclosure.addEventListener('toggle', () => {
      if (disclosure.open) for (const other of disclosures) if (other !== disclosure) close(other);
    });
    disclosure.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !disclosure.open) return;
      event.preventDefault();
      close(disclosure);
      disclosure.querySelector('summary')?.focus();
    });
    disclosure.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !disclosure.contains(next)) close(disclosure);
    });
  }
  document.addEventListener('click', (event) => {
    const target = event.target;
    for (const disclosure of disclosures) if (target instanceof Node && !disclosure.contains(target)) close(disclosure);
  });
}
