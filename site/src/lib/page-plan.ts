import type { Article, Locale, Tenant, TenantSite } from '@portal/contract';
import { articleFacets, mergeFacets, type FacetValues } from './search-facets';

export const ARTICLES_PER_PAGE = 20;
export const HOME_LATEST_ARTICLES = 5;

/** A page of another language, by its path relative to that language's root (see `publicPath`). */
export interface PageLink {
  locale: Locale;
  path: string;
}

/** Where the language switcher sends a reader: the same page in that language, or its home page. */
export interface LanguageLink extends PageLink {
  fallbackToHome: boolean;
}

interface PageBase {
  locale: Locale;
  site: TenantSite;
  /** Relative to the language's root: '' (home), 'articles/2/', '404.html'. */
  path: string;
  /** The same content in every language that has it, this one included: the hreflang set. */
  alternates: PageLink[];
  /** One per other language of the tenant. */
  languageLinks: LanguageLink[];
  inSitemap: boolean;
  lastModified: string | undefined;
}

export type PlannedPage = PageBase &
  (
    | { kind: 'home'; latest: Article[] }
    | { kind: 'article-list'; pageNumber: number; pageCount: number; items: Article[] }
    | { kind: 'article'; article: Article }
    | { kind: 'search'; hasSearchablePages: boolean; facetValues: FacetValues }
    | { kind: 'not-found' }
  );

export type PageKind = PlannedPage['kind'];

export class PagePlanError extends Error {
  override name = 'PagePlanError';
}

export function articlePath(article: Pick<Article, 'slug'>): string {
  return `articles/${article.slug}/`;
}

export function articleListPath(pageNumber: number): string {
  return pageNumber === 1 ? 'articles/' : `articles/${pageNumber}/`;
}

// Timestamps may carry different offsets, so they are compared as instants, not as strings.
const newestFirst = (a: Article, b: Article) =>
  Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.documentId.localeCompare(b.documentId);

const latestUpdate = (articles: readonly Article[]) =>
  articles.reduce<string | undefined>(
    (latest, article) => (latest && Date.parse(latest) >= Date.parse(article.updatedAt) ? latest : article.updatedAt),
    undefined,
  );

/**
 * Every page of one tenant's portal, in all its languages, with the links between languages.
 * The routes, the hreflang links, the sitemap and the search index counts all come from this plan.
 */
export function planPages(tenant: Pick<Tenant, 'sites'>, articles: readonly Article[]): PlannedPage[] {
  const byLocale = new Map<Locale, Article[]>(tenant.sites.map((site) => [site.locale, []]));
  for (const article of articles) byLocale.get(article.locale)?.push(article);
  for (const list of byLocale.values()) list.sort(newestFirst);

  const translations = new Map<string, Map<Locale, Article>>();
  for (const [locale, list] of byLocale) {
    for (const article of list) {
      const versions = translations.get(article.documentId) ?? new Map<Locale, Article>();
      versions.set(locale, article);
      translations.set(article.documentId, versions);
    }
  }

  const pages: PlannedPage[] = [];
  for (const site of tenant.sites) {
    const { locale } = site;
    const list = byLocale.get(locale)!;
    const pageCount = Math.max(1, Math.ceil(list.length / ARTICLES_PER_PAGE));
    assertRoutable(locale, list, pageCount);
    const others = tenant.sites.filter((other) => other.locale !== locale);
    const everywhere = (path: string): PageLink[] => tenant.sites.map((other) => ({ locale: other.locale, path }));
    const samePathElsewhere = (path: string): LanguageLink[] =>
      others.map((other) => ({ locale: other.locale, path, fallbackToHome: false }));
    const base = { locale, site, inSitemap: true, lastModified: latestUpdate(list) };

    pages.push({
      ...base,
      kind: 'home',
      path: '',
      alternates: everywhere(''),
      languageLinks: samePathElsewhere(''),
      latest: list.slice(0, HOME_LATEST_ARTICLES),
    });
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber += 1) {
      const items = list.slice((pageNumber - 1) * ARTICLES_PER_PAGE, pageNumber * ARTICLES_PER_PAGE);
      pages.push({
        ...base,
        kind: 'article-list',
        path: articleListPath(pageNumber),
        // Page 2 in one language is not a translation of page 2 in another: only the first page pairs up.
        alternates: pageNumber === 1 ? everywhere(articleListPath(1)) : [],
        languageLinks: samePathElsewhere(articleListPath(1)),
        lastModified: latestUpdate(items),
        pageNumber,
        pageCount,
        items,
      });
    }
    for (const article of list) {
      const versions = translations.get(article.documentId)!;
      pages.push({
        ...base,
        kind: 'article',
        path: articlePath(article),
        alternates: tenant.sites
          .filter((other) => versions.has(other.locale))
          .map((other) => ({ locale: other.locale, path: articlePath(versions.get(other.locale)!) })),
        languageLinks: others.map((other) => {
          const version = versions.get(other.locale);
          return version
            ? { locale: other.locale, path: articlePath(version), fallbackToHome: false }
            : { locale: other.locale, path: '', fallbackToHome: true };
        }),
        lastModified: article.updatedAt,
        article,
      });
    }
    const utility = { ...base, alternates: [], inSitemap: false, lastModified: undefined };
    pages.push({
      ...utility,
      kind: 'search',
      path: 'search/',
      languageLinks: samePathElsewhere('search/'),
      hasSearchablePages: list.length > 0,
      facetValues: mergeFacets(list.map(articleFacets)),
    });
    pages.push({ ...utility, kind: 'not-found', path: '404.html', languageLinks: samePathElsewhere('') });
  }
  return pages;
}

/** Two articles at one address, or an article hiding a list page, would silently drop content. */
function assertRoutable(locale: Locale, list: readonly Article[], pageCount: number): void {
  const owners = new Map<string, Article>();
  for (const article of list) {
    const owner = owners.get(article.slug);
    if (owner) {
      throw new PagePlanError(
        `Articles ${owner.documentId} and ${article.documentId} (${locale}) both use the slug "${article.slug}"`,
      );
    }
    owners.set(article.slug, article);
    const asNumber = Number(article.slug);
    if (Number.isInteger(asNumber) && asNumber >= 2 && asNumber <= pageCount) {
      throw new PagePlanError(
        `Article ${article.documentId} (${locale}) has the slug "${article.slug}", which is the address of article list page ${asNumber}`,
      );
    }
  }
}

/** The plan's pages of one kind, narrowed to that kind. */
export function pagesOfKind<K extends PageKind>(pages: readonly PlannedPage[], kind: K): Extract<PlannedPage, { kind: K }>[] {
  return pages.filter((page): page is Extract<PlannedPage, { kind: K }> => page.kind === kind);
}
