/**
 * The header's menu button (GOV.UK's pattern): on a narrow screen global.css folds away the
 * header's tools and the main menu while the page is scripted (html[data-js]) and the header lacks
 * data-menu-open; the button, a real <button> with aria-expanded, unfolds them. Without a script
 * the button is hidden and nothing is folded, so the menu is always reachable.
 */

/** The ids of what the button shows and hides: the tools (languages, reading aids, search), then the main menu. */
export const MENU_BUTTON_CONTROLS = ['site-header-tools', 'main-menu'] as const;

export function startMenuButton(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-menu-button]')) {
    const header = button.closest<HTMLElement>('[data-site-header]');
    if (!header) continue;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      header.toggleAttribute('data-menu-open', open);
    });
  }
}
