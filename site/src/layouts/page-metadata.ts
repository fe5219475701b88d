import { LOCALE_TAGS, type Locale, type TenantSite } from '@portal/contract';

/** What a page knows about its content; every field is optional and the unit stands in for the creator. */
export interface PageFacts {
  description?: string | null | undefined;
  /** Who wrote or issued the content; the unit running the portal when not given. */
  creator?: string | null | undefined;
  /** ISO date or timestamp of first publication or issue. */
  published?: string | null | undefined;
  /** ISO date or timestamp of the last change. */
  modified?: string | null | undefined;
  /** Topics, categories, fields: Dublin Core subjects and Open Graph tags. */
  subjects?: readonly string[] | undefined;
  /** An image that stands for the page when shared; `url` may be relative to the page. */
  image?: { url: string; alt: string } | null | undefined;
  /** A content item ('article') or any other page ('website'), for Open Graph. */
  type?: 'article' | 'website' | undefined;
}

export interface MetaTag {
  /** `name` for Dublin Core, `property` for Open Graph, as each vocabulary specifies. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

interface PageIdentity {
  locale: Locale;
  site: TenantSite;
  /** The full document title. */
  title: string;
  /** The page's canonical address; a 404 page has none. */
  canonical: string | undefined;
  /** The tenant's other languages, for og:locale:alternate. */
  otherLocales: readonly Locale[];
  /** When the page's content last changed, from the page plan. */
  lastModified: string | undefined;
  /** When this build ran: the date of a page whose content has no date of its own (a listing with no entries, the site map). */
  builtAt: string;
}

/** Evaluated once when the build loads this module. */
export const BUILD_STARTED_AT = new Date().toISOString();

/** Open Graph writes locales as language_TERRITORY. */
const OG_LOCALES: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US', km: 'km_KH' };

const tag = (attribute: MetaTag['attribute'], key: string, content: string | null | undefined): MetaTag[] =>
  content ? [{ attribute, key, content }] : [];

/** An ISO timestamp's calendar date, the form Dublin Core's W3CDTF profile recommends for DC.date. */
const calendarDate = (value: string) => value.slice(0, 10);

/**
 * Dublin Core (TT 24/2011: title, creator, date, description, publisher, identifier required;
 * language and subject recommended) and Open Graph tags of one page. A field nobody knows is left
 * out rather than filled with a guess, except the required ones: the description falls back to
 * the title, the creator to the unit, the date to the page plan's last change, then to the day the
 * page was built (its issue date as a web page).
 */
export function pageMetadata(page: PageIdentity, facts: PageFacts): MetaTag[] {
  const description = facts.description?.trim() || page.title;
  const date = facts.published ?? facts.modified ?? page.lastModified ?? page.builtAt;
  const image = facts.image && page.canonical ? { ...facts.image, url: new URL(facts.image.url, page.canonical).href } : undefined;
  const isArticle = facts.type === 'article';
  return [
    ...tag('name', 'DC.title', page.title),
    ...tag('name', 'DC.creator', facts.creator ?? page.site.name),
    ...tag('name', 'DC.date', calendarDate(date)),
    ...tag('name', 'DC.description', description),
    ...tag('name', 'DC.publisher', page.site.name),
    ...tag('name', 'DC.identifier', page.canonical),
    ...tag('name', 'DC.language', LOCALE_TAGS[page.locale]),
    ...tag('name', 'DC.type', 'Text'),
    ...tag('name', 'DC.format', 'text/html'),
    ...(facts.subjects ?? []).flatMap((subject) => tag('name', 'DC.subject', subject)),
    ...tag('property', 'og:type', isArticle ? 'article' : 'website'),
    ...tag('property', 'og:title', page.title),
    ...tag('property', 'og:description', description),
    ...tag('property', 'og:url', page.canonical),
    ...tag('property', 'og:site_name', page.site.name),
    ...tag('property', 'og:locale', OG_LOCALES[page.locale]),
    ...page.otherLocales.flatMap((locale) => tag('property', 'og:locale:alternate', OG_LOCALES[locale])),
    ...(image ? [...tag('property', 'og:image', image.url), ...tag('property', 'og:image:alt', image.alt)] : []),
    ...(isArticle
      ? [
          ...tag('property', 'article:published_time', facts.published),
          ...tag('property', 'article:modified_time', facts.modified),
          ...(facts.subjects ?? []).flatMap((subject) => tag('property', 'article:tag', subject)),
        ]
      : []),
  ];
}
