import { fillTemplate } from '../lib/template';

/** The search page's interface text, handed over in a data attribute in the page's language. */
export interface SearchTexts {
  searching: string;
  failed: string;
  results: { one: string; other: string };
  noResults: string;
}

// The parts of Pagefind's browser API used here (pagefind/pagefind.js, written at build time).
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

const MAX_RESULTS_SHOWN = 50;

/**
 * Runs the search in the page's `?q=` against this language's Pagefind bundle and lists the
 * results. A page without `data-bundle` has nothing to search yet.
 */
export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const input = form?.elements.namedItem('q');
  if (!form || !status || !list || !(input instanceof HTMLInputElement)) return;
  const { bundle, baseUrl, texts: textsJson } = form.dataset;
  if (!baseUrl || !textsJson) return;
  const texts = JSON.parse(textsJson) as SearchTexts;

  const query = (new URLSearchParams(window.location.search).get('q') ?? '').trim();
  input.value = query;
  if (query === '') return;
  if (!bundle) {
    status.textContent = announce(texts, 0, query);
    return;
  }

  status.textContent = texts.searching;
  try {
    // The bundle lives under this language's own prefix, so its URL is only known at run time.
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl });
    const search = await pagefind.search(query);
    const found = search?.results ?? [];
    const shown = await Promise.all(found.slice(0, MAX_RESULTS_SHOWN).map((result) => result.data()));
    list.replaceChildren(...shown.map(resultItem));
    list.hidden = shown.length === 0;
    status.textContent = announce(texts, found.length, query);
  } catch (error) {
    status.textContent = texts.failed;
    throw error;
  }
}

function announce(texts: SearchTexts, count: number, query: string): string {
  if (count === 0) return fillTemplate(texts.noResults, { query });
  const lang = document.documentElement.lang;
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return fillTemplate(texts.results[form], { count: new Intl.NumberFormat(lang).format(count), query });
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  return item;
}

/**
 * Pagefind's excerpt is HTML with <mark> around the matches. Only its text and those marks are
 * kept, parsed in an inert template, so nothing from the index can become live markup.
 */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}
