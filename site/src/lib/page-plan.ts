import { vietnamDate, type Article, type FeaturedLink, type HomeLayout, type PreviousSlug, type PublicCorrection, type ComponentPortal, type Leader, type Locale, type OrganisationUnit, type Position, type Tenant, type TenantSite } from '@portal/contract';
import { assertContentLinks } from './content-errors';
import { homeBlocksOf, planHomeSections, type HomeSection } from './home-blocks';
import { slugRedirects } from './slug-redirects';
import { SECTIONS } from './sections/index';
import { organisationChart, type OrganisationChart } from './sections/organisation-chart';
import type { Correction, CorrectionsOf } from './sections/types';
import { planSectionPages, type SectionContent, type SectionDraft, type SectionItemData, type SectionListData } from './sections/plan-sections';
import {
  networkConsultations,
  networkNews,
  portalDirectory,
  searchedPortals,
  type DirectoryGroup,
  type NetworkArticle,
  type NetworkCard,
  type NetworkConsultation,
  type NetworkTenant,
  type SearchedPortal,
} from './sections/portal-network';
import { mergeFacets, type FacetValues } from './search-facets';
import { uiStrings } from './ui-strings';

/** A page of another language, by its path relative to that language's root (see `publicPath`). */
export interface PageLink {
  locale: Locale;
  path: string;
}

/** Where the language switcher sends a reader: the same page in that language, or its home page. */
export interface LanguageLink extends PageLink {
  fallbackToHome: boolean;
}

/** One step of the breadcrumb trail, below the home page (which the layout always shows first). */
export interface Breadcrumb {
  label: string;
  /** Relative to the language's root, like `PageBase.path`. */
  path: string;
}

interface PageBase {
  locale: Locale;
  site: TenantSite;
  /** Relative to the language's root: '' (home), 'tin-tuc/2/', '404.html'. */
  path: string;
  /** The same content in every language that has it, this one included: the hreflang set. */
  alternates: PageLink[];
  /** One per other language of the tenant. */
  languageLinks: LanguageLink[];
  inSitemap: boolean;
  lastModified: string | undefined;
  /** The trail from the home page down to this page, this page last; empty on the home page. */
  breadcrumbs?: Breadcrumb[];
  /** The RSS feeds following this page or its section, for `<link rel="alternate">` (see feeds.ts). */
  feeds?: Array<{ title: string; path: string }>;
}

export type PlannedPage = PageBase &
  (
    | {
        kind: 'home';
        /** The blocks the portal's home layout arranges (or the default ones), each with what it shows. */
        blocks: HomeSection[];
      }
    | {
        kind: 'search';
        facetValues: FacetValues;
        /** The other portals whose indexes the search merges (main portal only). */
        otherPortals: SearchedPortal[];
      }
    | { kind: 'not-found' }
    | SectionListData
    | SectionItemData
    | ({ kind: 'organisation-chart' } & OrganisationChart)
    | { kind: 'portal-directory'; groups: DirectoryGroup[] }
    | { kind: 'network-news'; items: NetworkCard[] }
    | { kind: 'network-consultations'; items: NetworkCard[] }
    | { kind: 'site-map'; groups: SiteMapGroup[] }
  );

/** A section of the site map ("Sơ đồ cổng") and the pages under it. */
export interface SiteMapGroup {
  label: string;
  path: string;
  children: Array<{ label: string; path: string }>;
  /** How many pages under it are not listed by name (big sections list their listing instead). */
  unlisted: number;
}

/** Everything besides articles that a portal shows; each part is optional, so a plan can be made of articles alone. */
export interface PortalContent {
  sections?: SectionContent;
  organisationUnits?: readonly OrganisationUnit[];
  positions?: readonly Position[];
  componentPortals?: readonly ComponentPortal[];
  /** The portal's published home page arrangements, one per language at most (none: the default layout). */
  homeLayouts?: readonly HomeLayout[];
  featuredLinks?: readonly FeaturedLink[];
  /** The other tenants of the installation; only the main portal is given them. */
  networkTenants?: readonly NetworkTenant[];
  networkArticles?: readonly NetworkArticle[];
  networkConsultations?: readonly NetworkConsultation[];
  /** The build's date in Việt Nam (validity is derived for it); today by default. */
  today?: string;
  /** The slugs renamed items had, every language: links to them are redirected, so they pass the checks. */
  previousSlugs?: readonly PreviousSlug[];
  /** Public change notes of corrected items, every language. */
  corrections?: readonly PublicCorrection[];
  /** Only part of the portal's content (a preview): links to its other pages cannot be judged. */
  partial?: boolean;
}

/** Where the pages that are not a section's live, below the language root. */
export const SITE_MAP_PATH = 'so-do-cong/';
export const ORGANISATION_CHART_PATH = 'co-cau-to-chuc/';
export const PORTAL_DIRECTORY_PATH = 'cong-thanh-phan/';
export const NETWORK_NEWS_PATH = 'tin-cong-thanh-phan/';
export const NETWORK_CONSULTATIONS_PATH = 'gop-y-du-thao-cong-thanh-phan/';
/** A site map group lists at most this many pages by name. */
export const SITE_MAP_CHILDREN = 50;

export type PageKind = PlannedPage['kind'];

export { PagePlanError } from './sections/plan-sections';

const latestUpdate = (articles: readonly Article[]) =>
  articles.reduce<string | undefined>(
    (latest, article) => (latest && Date.parse(latest) >= Date.parse(article.updatedAt) ? latest : article.updatedAt),
    undefined,
  );

/**
 * Every page of one tenant's portal, in all its languages, with the links between languages.
 * The routes, the hreflang links, the sitemap and the search index counts all come from this plan.
 */
export function planPages(tenant: Pick<Tenant, 'sites'>, articles: readonly Article[], content: PortalContent = {}): PlannedPage[] {
  const today = content.today ?? vietnamDate();
  // The news is a section like the others; the articles are given apart only because every portal has them.
  const sections: SectionContent = { ...content.sections, article: articles };

  const corrections = new Map<string, Correction[]>();
  for (const { contentType, documentId, locale, correctedAt, note } of content.corrections ?? []) {
    const key = `${locale}/${contentType}/${documentId}`;
    corrections.set(key, [...(corrections.get(key) ?? []), { correctedAt, note }]);
  }
  const correctionsIn = (locale: Locale): CorrectionsOf => (contentType, documentId) => corrections.get(`${locale}/${contentType}/${documentId}`) ?? [];

  // Every language's section pages first, so each page can find its counterparts in the others.
  const draftsByLocale = new Map(tenant.sites.map((site) => [site.locale, planSectionPages(site, sections, today, correctionsIn(site.locale))] as const));

  const consultationsElsewhere = (locale: Locale) =>
    networkConsultations(content.networkTenants ?? [], content.networkConsultations ?? [], { locale, strings: uiStrings(locale), today });

  const pages: PlannedPage[] = [];
  for (const site of tenant.sites) {
    const { locale } = site;
    const others = tenant.sites.filter((other) => other.locale !== locale);
    const everywhere = (path: string): PageLink[] => tenant.sites.map((other) => ({ locale: other.locale, path }));
    const samePathElsewhere = (path: string): LanguageLink[] =>
      others.map((other) => ({ locale: other.locale, path, fallbackToHome: false }));
    const base = { locale, site, inSitemap: true, lastModified: latestUpdate(articles.filter((article) => article.locale === locale)) };
    const strings = uiStrings(locale);
    const crumb = (label: string, path: string) => [{ label, path }];
    const sectionDrafts = draftsByLocale.get(locale)!;
    const pathOf = (section: string, documentId: string) =>
      sectionDrafts.find((draft) => draft.data.kind === section && draft.pairKey === `${section}:${documentId}`)?.path;
    const directory = portalDirectory(locale, content.networkTenants ?? [], content.componentPortals ?? []);
    const otherPortalsNews = networkNews(locale, content.networkTenants ?? [], content.networkArticles ?? []);
    const otherPortalsConsultations = consultationsElsewhere(locale);

    pages.push({
      ...base,
      kind: 'home',
      path: '',
      alternates: everywhere(''),
      languageLinks: samePathElsewhere(''),
      blocks: planHomeSections(homeBlocksOf(content.homeLayouts ?? [], locale), {
        locale,
        strings,
        drafts: sectionDrafts,
        articles: articles.filter((article) => article.locale === locale),
        featuredLinks: content.featuredLinks ?? [],
        pathOf,
        network: { news: otherPortalsNews, consultations: otherPortalsConsultations, directory },
        paths: { networkNews: NETWORK_NEWS_PATH, networkConsultations: NETWORK_CONSULTATIONS_PATH, portalDirectory: PORTAL_DIRECTORY_PATH },
      }),
    });
    pages.push(...withLanguageLinks(sectionDrafts, site, tenant.sites, draftsByLocale));

    const chart = organisationChart(locale, content.organisationUnits ?? [], content.positions ?? [], (content.sections?.leader ?? []) as Leader[], pathOf);
    const special: PlannedPage[] = [];
    // Always there, even before any unit is published: every main menu links to it.
    special.push({
      ...base,
      kind: 'organisation-chart',
      path: ORGANISATION_CHART_PATH,
      alternates: everywhere(ORGANISATION_CHART_PATH),
      languageLinks: samePathElsewhere(ORGANISATION_CHART_PATH),
      lastModified: latestDate((content.organisationUnits ?? []).filter((unit) => unit.locale === locale).map((unit) => unit.updatedAt)),
      breadcrumbs: crumb(strings.content.organisationChart, ORGANISATION_CHART_PATH),
      ...chart,
    });
    if (directory.length > 0) {
      special.push({
        ...base,
        kind: 'portal-directory',
        path: PORTAL_DIRECTORY_PATH,
        alternates: everywhere(PORTAL_DIRECTORY_PATH),
        languageLinks: samePathElsewhere(PORTAL_DIRECTORY_PATH),
        lastModified: undefined,
        breadcrumbs: crumb(strings.content.portalDirectory, PORTAL_DIRECTORY_PATH),
        groups: directory,
      });
    }
    if (otherPortalsNews.length > 0) {
      special.push({
        ...base,
        kind: 'network-news',
        path: NETWORK_NEWS_PATH,
        alternates: [],
        languageLinks: linksWhere(others, (other) => networkNews(other.locale, content.networkTenants ?? [], content.networkArticles ?? []).length > 0, NETWORK_NEWS_PATH),
        lastModified: latestDate(otherPortalsNews.map((card) => card.updatedAt)),
        breadcrumbs: crumb(strings.content.networkNews, NETWORK_NEWS_PATH),
        items: otherPortalsNews,
      });
    }
    if (otherPortalsConsultations.length > 0) {
      special.push({
        ...base,
        kind: 'network-consultations',
        path: NETWORK_CONSULTATIONS_PATH,
        alternates: [],
        languageLinks: linksWhere(others, (other) => consultationsElsewhere(other.locale).length > 0, NETWORK_CONSULTATIONS_PATH),
        lastModified: latestDate(otherPortalsConsultations.map((card) => card.updatedAt)),
        breadcrumbs: crumb(strings.content.networkConsultations, NETWORK_CONSULTATIONS_PATH),
        items: otherPortalsConsultations,
      });
    }
    pages.push(...special);

    const sectionSearch = sectionDrafts.flatMap((draft) => ('search' in draft.data ? [draft.data.search.facets] : []));
    pages.push({
      ...base,
      kind: 'site-map',
      path: SITE_MAP_PATH,
      alternates: everywhere(SITE_MAP_PATH),
      languageLinks: samePathElsewhere(SITE_MAP_PATH),
      breadcrumbs: crumb(strings.content.siteMap, SITE_MAP_PATH),
      groups: siteMapGroups(strings, sectionDrafts, special),
    });

    const utility = { ...base, alternates: [], inSitemap: false, lastModified: undefined };
    pages.push({
      ...utility,
      kind: 'search',
      path: 'search/',
      breadcrumbs: crumb(strings.search, 'search/'),
      languageLinks: samePathElsewhere('search/'),
      facetValues: mergeFacets(sectionSearch),
      otherPortals: searchedPortals(locale, content.networkTenants ?? []),
    });
    pages.push({ ...utility, kind: 'not-found', path: '404.html', languageLinks: samePathElsewhere('') });
  }
  if (!content.partial) assertContentLinks(tenant.sites, pages, slugRedirects(pages, content.previousSlugs ?? []));
  return pages;
}

const latestDate = (dates: readonly string[]) =>
  dates.reduce<string | undefined>((latest, date) => (latest && Date.parse(latest) >= Date.parse(date) ? latest : date), undefined);

/** The same path in each other language that has the page, the home page in the others. */
function linksWhere(others: readonly TenantSite[], has: (site: TenantSite) => boolean, path: string): LanguageLink[] {
  return others.map((other) => (has(other) ? { locale: other.locale, path, fallbackToHome: false } : { locale: other.locale, path: '', fallbackToHome: true }));
}

/** Section drafts as planned pages: alternates from the pages paired with them, the switcher to the counterpart or home. */
function withLanguageLinks(drafts: readonly SectionDraft[], site: TenantSite, sites: readonly TenantSite[], everyLanguage: ReadonlyMap<Locale, SectionDraft[]>): PlannedPage[] {
  // A listing's pages share a switch key; the first page, planned first, is the one kept (the later ones do not pair up).
  const indexes = new Map(
    sites.map((other) => [other.locale, new Map((everyLanguage.get(other.locale) ?? []).toReversed().map((draft) => [draft.switchKey, draft]))]),
  );
  return drafts.map((draft) => ({
    locale: site.locale,
    site,
    path: draft.path,
    inSitemap: true,
    lastModified: draft.lastModified,
    breadcrumbs: draft.breadcrumbs,
    alternates: draft.pairKey
      ? sites.flatMap((other) => {
          const counterpart = indexes.get(other.locale)!.get(draft.pairKey!);
          return counterpart && counterpart.pairKey === draft.pairKey ? [{ locale: other.locale, path: counterpart.path }] : [];
        })
      : [],
    languageLinks: sites
      .filter((other) => other.locale !== site.locale)
      .map((other) => {
        const counterpart = indexes.get(other.locale)!.get(draft.switchKey);
        return counterpart ? { locale: other.locale, path: counterpart.path, fallbackToHome: false } : { locale: other.locale, path: '', fallbackToHome: true };
      }),
    ...draft.data,
  }));
}

/** The site map of one language: every section with its pages, then the pages that are not a section's. */
function siteMapGroups(strings: ReturnType<typeof uiStrings>, drafts: readonly SectionDraft[], special: readonly PlannedPage[]): SiteMapGroup[] {
  const group = (label: string, path: string, children: Array<{ label: string; path: string }>): SiteMapGroup => ({
    label,
    path,
    children: children.slice(0, SITE_MAP_CHILDREN),
    unlisted: Math.max(0, children.length - SITE_MAP_CHILDREN),
  });
  const groups: SiteMapGroup[] = [];
  for (const section of SECTIONS) {
    const root = drafts.find((draft) => draft.path === section.path);
    if (!root) continue;
    const items = drafts.filter((draft) => draft.data.kind === section.id).map((draft) => ({ label: (draft.data as SectionItemData).view.title, path: draft.path }));
    const filters = drafts
      .filter((draft) => draft.data.kind === `${section.id}-list` && (draft.data as SectionListData).filter && (draft.data as SectionListData).pageNumber === 1)
      .map((draft) => {
        const { filter } = draft.data as SectionListData;
        return { label: `${filter!.heading}: ${filter!.label}`, path: draft.path };
      });
    groups.push(group(section.title(strings), section.path, [...items, ...filters]));
  }
  for (const page of special) {
    const label = page.breadcrumbs?.at(-1)?.label;
    if (label) groups.push(group(label, page.path, []));
  }
  return groups;
}

/** The plan's pages of one kind, narrowed to that kind. */
export function pagesOfKind<K extends PageKind>(pages: readonly PlannedPage[], kind: K): Extract<PlannedPage, { kind: K }>[] {
  return pages.filter((page): page is Extract<PlannedPage, { kind: K }> => page.kind === kind);
}
