import {
  aidsParamValue,
  isReadingAid,
  parseStoredAids,
  PORTAL_LINK_ATTRIBUTE,
  READING_AIDS,
  READING_AIDS_PARAM,
  READING_AIDS_STORAGE_KEY,
  type ReadingAid,
  type ReadingAidChoice,
} from './reading-aids-settings';

const root = document.documentElement;

function storedChoice(): string | null {
  try {
    return window.localStorage.getItem(READING_AIDS_STORAGE_KEY);
  } catch {
    return null;
  }
}

const savedAids = (): ReadingAidChoice => parseStoredAids(storedChoice());

function save(aids: ReadingAidChoice): void {
  try {
    window.localStorage.setItem(READING_AIDS_STORAGE_KEY, JSON.stringify(aids));
  } catch {
    // Storage blocked (private mode, policy): the aid still applies to this page.
  }
}

function apply(aid: ReadingAid, on: boolean): void {
  if (on) root.setAttribute(`data-${aid}`, READING_AIDS[aid]);
  else root.removeAttribute(`data-${aid}`);
  for (const button of document.querySelectorAll<HTMLButtonElement>(`button[data-reading-aid="${aid}"]`)) {
    button.setAttribute('aria-pressed', String(on));
  }
}

/** The aids on this page, whether saved here or carried from another host with storage blocked. */
function pageAids(): ReadingAidChoice {
  return Object.fromEntries(Object.entries(READING_AIDS).filter(([aid, on]) => root.getAttribute(`data-${aid}`) === on));
}

/**
 * Just before a link to another portal's host is followed (click, Enter, middle click, or the
 * context menu's "open in new tab"), writes the reader's aids into its query. Only a reader who
 * has chosen something carries a choice, so other readers' links stay as built.
 */
function carryAcrossHosts(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(`a[${PORTAL_LINK_ATTRIBUTE}]`) : null;
  if (!link || link.origin === window.location.origin) return;
  const aids = pageAids();
  if (storedChoice() === null && Object.keys(aids).length === 0) return;
  const url = new URL(link.href);
  url.searchParams.set(READING_AIDS_PARAM, aidsParamValue(aids));
  link.href = url.href;
}

/** Toggle buttons (aria-pressed) for each aid; reading-aids-early.js has already applied the saved ones. */
export function startReadingAids(): void {
  for (const type of ['click', 'auxclick', 'contextmenu']) document.addEventListener(type, carryAcrossHosts, true);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-reading-aid]')) {
    const aid = button.dataset.readingAid;
    if (!isReadingAid(aid)) continue;
    button.setAttribute('aria-pressed', String(root.getAttribute(`data-${aid}`) === READING_AIDS[aid]));
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      apply(aid, on);
      const aids = savedAids();
      if (on) aids[aid] = READING_AIDS[aid];
      else delete aids[aid];
      save(aids);
    });
  }
}
