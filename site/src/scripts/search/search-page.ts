import { isLocale } from '@portal/contract/locales';
import { queryWords, type QueryWord } from '@portal/search-text';
import type { FacetLabels } from '../../lib/search-facets';
import { BUNDLE_FACET, CONTENT_TYPE_FACET } from '../../lib/search-fields';
import { DATE_SORT, resultCard } from '../../lib/search-record';
import { fillTemplate } from '../../lib/template';
import { offerIndexedChoices } from './facet-choices';
import type { SearchIndexRoot } from '../../lib/search-bundles';
import { loadPagefind, type LoadedSearch, type PagefindSearchOptions } from './pagefind-api';
import { resultItem, type ResultContext } from './result-item';
import { runSearch, type ResultFeed, type SearchOutcome, type SearchFields } from './run-search';
import { QUERY_PARAM, SORT_ORDERS, SORT_PARAM } from './search-params';

/** The search page's interface text, handed over in a data attribute in the page's language. */
export interface SearchTexts {
  searching: string;
  failed: string;
  results: { one: string; other: string };
  listed: { one: string; other: string };
  noResults: string;
  wordsMissing: string;
  searchWithout: string;
  nothingToFind: string;
}

const RESULTS_PER_BATCH = 10;

const FIELDS: SearchFields = { everyPage: CONTENT_TYPE_FACET, bundle: BUNDLE_FACET, dateOf: (data) => resultCard(data).date };

interface Page {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  alternative: HTMLElement;
  more: HTMLButtonElement;
  facetSelects: HTMLSelectElement[];
  texts: SearchTexts;
  context: ResultContext;
  /** This portal's index in this language, then those of the other portals it covers. */
  indexes: SearchIndexRoot[];
}

function findPage(): Page | undefined {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.elements.namedItem(QUERY_PARAM);
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const alternative = document.getElementById('search-alternative');
  const more = document.getElementById('search-more');
  const { locale, portals, texts, labels, indexes } = form?.dataset ?? {};
  if (!form || !(input instanceof HTMLInputElement) || !status || !(list instanceof HTMLOListElement) || !alternative) return undefined;
  if (!(more instanceof HTMLButtonElement) || !isLocale(locale) || !portals || !texts || !labels || !indexes) return undefined;
  return {
    form,
    input,
    status,
    list,
    alternative,
    more,
    facetSelects: [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')],
    texts: JSON.parse(texts) as SearchTexts,
    context: { locale, portals: JSON.parse(portals) as ResultContext['portals'], labels: JSON.parse(labels) as FacetLabels },
    indexes: JSON.parse(indexes) as SearchIndexRoot[],
  };
}

const lang = () => document.documentElement.lang;

function plural(texts: { one: string; other: string }, count: number, values: Record<string, string> = {}): string {
  const form = new Intl.PluralRules(lang()).select(count) === 'one' ? 'one' : 'other';
  return fillTemplate(texts[form], { ...values, count: new Intl.NumberFormat(lang()).format(count) });
}

/** The form shows what the address asks for, so the back button and shared links work. */
function fillForm(page: Page, params: URLSearchParams): void {
  page.input.value = params.get(QUERY_PARAM) ?? '';
  for (const select of page.form.querySelectorAll('select')) {
    const wanted = params.get(select.name) ?? '';
    select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
  }
}

function searchOptions(page: Page, params: URLSearchParams, hasWords: boolean): PagefindSearchOptions {
  const filters = Object.fromEntries(page.facetSelects.filter((select) => select.value !== '').map((select) => [select.name, select.value]));
  const sortParam = params.get(SORT_PARAM);
  const order = sortParam && sortParam in SORT_ORDERS ? SORT_ORDERS[sortParam as keyof typeof SORT_ORDERS] : hasWords ? undefined : 'desc';
  return { filters, ...(order ? { sort: { [DATE_SORT]: order } } : {}) };
}

function showFacetCounts(page: Page, counts: Record<string, Record<string, number>> | undefined): void {
  const numbers = new Intl.NumberFormat(lang());
  for (const select of page.facetSelects) {
    for (const option of select.options) {
      if (option.value === '' || option.dataset.label === undefined) continue;
      const count = counts?.[select.name]?.[option.value];
      option.textContent = count === undefined ? option.dataset.label : `${option.dataset.label} (${numbers.format(count)})`;
    }
  }
}

/** A link that repeats the search without the words no page contains. */
function searchWithout(page: Page, params: URLSearchParams, missing: readonly QueryWord[], words: readonly QueryWord[]): HTMLAnchorElement | undefined {
  const remaining = words.filter((word) => !missing.includes(word)).map((word) => word.typed);
  if (remaining.length === 0) return undefined;
  const query = remaining.join(' ');
  const without = new URLSearchParams(params);
  without.set(QUERY_PARAM, query);
  const link = document.createElement('a');
  link.href = `${page.form.action}?${without}`;
  link.textContent = fillTemplate(page.texts.searchWithout, { query });
  return link;
}

export function startSearchPage(): void {
  const page = findPage();
  if (!page) return;
  const pageTitle = document.title;
  let pagefind: Promise<LoadedSearch | undefined> | undefined;
  let feed: ResultFeed | undefined;
  // One batch at a time from a feed: a click on "more" while a batch loads is ignored.
  let feedBusy: ResultFeed | undefined;
  let latest = 0;

  const load = async () => {
    const first = !pagefind;
    pagefind ??= loadPagefind(page.indexes, true);
    const loaded = await pagefind;
    if (first && loaded) offerIndexedChoices(page.facetSelects, loaded.filterCounts, page.context.labels, page.context.locale);
    return loaded;
  };

  const showBatch = async (run: number, focusFirst: boolean) => {
    const source = feed;
    if (!source || feedBusy === source) return;
    feedBusy = source;
    try {
      const items = (await source.next(RESULTS_PER_BATCH)).map((data) => resultItem(resultCard(data), page.context));
      if (run !== latest) return;
      page.list.append(...items);
      page.list.hidden = page.list.children.length === 0;
      page.more.hidden = source.remaining === 0;
      if (focusFirst) items[0]?.querySelector('a')?.focus();
    } finally {
      if (feedBusy === source) feedBusy = undefined;
    }
  };

  const report = (outcome: SearchOutcome, typed: string, words: readonly QueryWord[], params: URLSearchParams) => {
    if (outcome.kind === 'missing') {
      const list = new Intl.ListFormat(lang(), { type: 'conjunction' }).format(outcome.missing.map((word) => `“${word.typed}”`));
      page.status.textContent = fillTemplate(page.texts.wordsMissing, { words: list });
      const link = searchWithout(page, params, outcome.missing, words);
      if (link) page.alternative.replaceChildren(link);
      return;
    }
    const count = outcome.results.count;
    if (words.length === 0) page.status.textContent = plural(page.texts.listed, count);
    else if (count === 0) page.status.textContent = fillTemplate(page.texts.noResults, { query: typed });
    else page.status.textContent = plural(page.texts.results, count, { query: typed });
  };

  const search = async (run: number) => {
    const params = new URLSearchParams(window.location.search);
    // An address may ask for a value only the indexes know (another portal's issuer, say).
    const unoffered = page.facetSelects.some((select) => {
      const wanted = params.get(select.name);
      return wanted && ![...select.options].some((option) => option.value === wanted);
    });
    // A failure to load is reported by the search below.
    if (unoffered) await load().catch(() => undefined);
    if (run !== latest) return;
    fillForm(page, params);
    page.list.replaceChildren();
    page.list.hidden = true;
    page.alternative.replaceChildren();
    page.more.hidden = true;
    feed = undefined;
    showFacetCounts(page, undefined);

    const typed = (params.get(QUERY_PARAM) ?? '').trim();
    // The address changes without a page load, so the title says what this history entry is.
    document.title = typed === '' ? pageTitle : `${typed} – ${pageTitle}`;
    const words = queryWords(typed, page.context.locale);
    const options = searchOptions(page, params, words.length > 0);
    if (words.length === 0 && Object.keys(options.filters ?? {}).length === 0) {
      page.status.textContent = typed === '' ? '' : page.texts.nothingToFind;
      return;
    }
    page.status.textContent = page.texts.searching;
    try {
      const loaded = await load();
      // No portal has a page in this language yet: there is no index to load.
      if (!loaded) {
        if (run === latest) page.status.textContent = fillTemplate(page.texts.noResults, { query: typed });
        return;
      }
      const outcome = await runSearch(loaded, words, options, FIELDS);
      if (run !== latest) return;
      if (outcome.kind === 'found') {
        showFacetCounts(page, outcome.facetCounts);
        feed = outcome.results;
        await showBatch(run, false);
      }
      report(outcome, typed, words, params);
    } catch (error) {
      if (run === latest) page.status.textContent = page.texts.failed;
      throw error;
    }
  };

  // aria-busy tells assistive technology, and tests, when the results are complete.
  const show = async () => {
    const run = ++latest;
    page.list.setAttribute('aria-busy', 'true');
    try {
      await search(run);
    } finally {
      if (run === latest) page.list.setAttribute('aria-busy', 'false');
    }
  };

  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(page.form)) if (typeof value === 'string' && value.trim() !== '') params.set(name, value.trim());
    const address = `${page.form.action}?${params}`;
    if (address !== window.location.href) window.history.pushState(null, '', address);
    void show();
  });
  page.more.addEventListener('click', () => void showBatch(latest, true));
  window.addEventListener('popstate', () => void show());
  void show();
}
