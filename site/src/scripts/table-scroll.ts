/**
 * A .table-scroll region is in the tab order (tabindex="0" in the markup) so that keyboard users
 * can scroll a table wider than the screen. Where the table fits, that stop would lead nowhere:
 * this takes it out of the tab order, and puts it back when the table outgrows the screen again
 * (zoom, larger text, a turned phone).
 */
export function startTableScroll(): void {
  const observer = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      // The region itself, or its table growing inside it.
      const region = target.closest<HTMLElement>('.table-scroll');
      if (region) region.tabIndex = region.scrollWidth > region.clientWidth ? 0 : -1;
    }
  });
  for (const region of document.querySelectorAll<HTMLElement>('.table-scroll')) {
    observer.observe(region);
    const table = region.firstElementChild;
    if (table) observer.observe(table);
  }
}
