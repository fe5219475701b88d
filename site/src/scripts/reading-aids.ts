import { isReadingAid, parseStoredAids, READING_AIDS, READING_AIDS_STORAGE_KEY, type ReadingAid } from './reading-aids-settings';

const root = document.documentElement;

function savedAids(): Partial<Record<ReadingAid, string>> {
  try {
    return parseStoredAids(window.localStorage.getItem(READING_AIDS_STORAGE_KEY));
  } catch {
    return {};
  }
}

function save(aids: Partial<Record<ReadingAid, string>>): void {
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

/** Toggle buttons (aria-pressed) for each aid; reading-aids-early.js has already applied the saved ones. */
export function startReadingAids(): void {
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
