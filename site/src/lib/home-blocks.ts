import {
  DEFAULT_LOCALE,
  type Article,
  type FeaturedLink,
  type HomeBlock,
  type HomeBlockKind,
  type HomeLayout,
  type Image,
  type Locale,
} from '@portal/contract';
import { articleCard, articles as NEWS, newestFirst } from './sections/articles';
import { consultations } from './sections/consultations';
import { directionItems } from './sections/direction-items';
import { legalDocuments } from './sections/legal-documents';
import type { SectionDraft, SectionItemData, SectionListData, SectionListing } from './sections/plan-sections';
import type { DirectoryGroup } from './sections/portal-network';
import { publicServices } from './sections/public-services';
import type { Card, SectionContext } from './sections/types';
import type { UiStrings } from './ui-strings';

/** A "see all" link under a block, below the language root. */
export interface MoreLink {
  label: string;
  path: string;
}

/** A featured link (banner) as the home page shows it; its image goes through the photo pipeline. */
export interface BannerView {
  title: string;
  url: string;
  description?: string | null;
  image?: Pick<Image, 'file' | 'alt'>;
}

/** One block of a home page as rendered, in the order the portal arranged them. */
export type HomeSection = { block: HomeBlockKind; id: string; heading: string; more: MoreLink[] } & (
  | { style: 'cards'; cards: Card[]; photos: boolean; empty?: string }
  | { style: 'table'; listing: Extract<SectionListing, { style: 'table' }> }
  | { style: 'banners'; banners: BannerView[] }
  | { style: 'directory'; groups: DirectoryGroup[] }
);

/** What a portal's home page shows when it has arranged nothing: the layout every portal had before. */
export const DEFAULT_HOME_BLOCKS: readonly HomeBlock[] = [{ kind: 'latest_news' }, { kind: 'network_news' }, { kind: 'network_consultations' }];

/** How many items a block shows when its arrangement leaves the number empty. */
export const HOME_BLOCK_DEFAULT_ITEMS: Record<HomeBlockKind, number> = {
  featured_news: 3,
  latest_news: 5,
  news_category: 5,
  legal_documents: 5,
  direction_items: 5,
  public_services: 5,
  consultations: 3,
  featured_links: 6,
  network_news: 5,
  network_consultations: 3,
  portal_directory: Number.POSITIVE_INFINITY,
};

// Heading ids the default layout always had; links and tests find the blocks by them.
const HEADING_IDS: Partial<Record<HomeBlockKind, string>> = { latest_news: 'latest-articles', network_news: 'network-news', network_consultations: 'network-consultations' };

const SECTION_BLOCKS = {
  legal_documents: legalDocuments,
  direction_items: directionItems,
  public_services: publicServices,
  consultations,
} as const;

/**
 * The blocks of one language's home page: that language's published layout, else the Vietnamese
 * one (a layout names no text, and a category is the same document in every language), else the
 * default. Only the main portal has blocks about the other portals.
 */
export function homeBlocksOf(layouts: readonly HomeLayout[], locale: Locale): readonly HomeBlock[] {
  const layout = layouts.find((candidate) => candidate.locale === locale) ?? layouts.find((candidate) => candidate.locale === DEFAULT_LOCALE);
  return layout?.blocks ?? DEFAULT_HOME_BLOCKS;
}

/** What the home page of one language draws its blocks from. */
export interface HomeSources {
  locale: Locale;
  strings: UiStrings;
  /** This language's planned section pages. */
  drafts: readonly SectionDraft[];
  /** The portal's articles in this language. */
  articles: readonly Article[];
  featuredLinks: readonly FeaturedLink[];
  pathOf: SectionContext['pathOf'];
  network: { news: Card[]; consultations: Card[]; directory: DirectoryGroup[] };
  paths: { networkNews: string; networkConsultations: string; portalDirectory: string };
}

/** The home page's blocks, each with its items, in the arranged order; blocks with nothing to show are left out. */
export function planHomeSections(blocks: readonly HomeBlock[], sources: HomeSources): HomeSection[] {
  const used = new Map<string, number>();
  const uniqueId = (base: string) => {
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
  return blocks.flatMap((block) => {
    const section = homeSection(block, block.itemCount ?? HOME_BLOCK_DEFAULT_ITEMS[block.kind], sources);
    return section ? [{ ...section, id: uniqueId(HEADING_IDS[block.kind] ?? `home-${block.kind.replaceAll('_', '-')}`) } as HomeSection] : [];
  });
}

type Unnumbered = HomeSection extends infer S ? (S extends HomeSection ? Omit<S, 'id'> : never) : never;

function homeSection(block: HomeBlock, count: number, sources: HomeSources): Unnumbered | undefined {
  const { strings, drafts } = sources;
  const c = strings.content;
  const listingOf = (path: string) => drafts.find((draft) => draft.path === path && 'listing' in draft.data)?.data as SectionListData | undefined;
  const cards = (heading: string, items: Card[], more: MoreLink[], photos = false): Unnumbered | undefined =>
    items.length > 0 ? { block: block.kind, style: 'cards', heading, cards: items.slice(0, count), more, photos } : undefined;
  switch (block.kind) {
    case 'latest_news': {
      const news = listingOf(NEWS.path);
      const latest = news?.listing.style === 'cards' ? news.listing.cards.slice(0, count) : [];
      // The news block says so when there is no news yet: every portal's home page has it by default.
      return { block: block.kind, style: 'cards', heading: strings.latestArticles, cards: latest, photos: false, empty: strings.noArticles, more: [{ label: strings.allArticles, path: NEWS.path }] };
    }
    case 'featured_news': {
      const withPhotos = [...sources.articles].sort(newestFirst).filter((article) => article.image);
      const featured = withPhotos.map((article) => ({ ...articleCard(article, sources), photo: { file: article.image!.file, alt: article.image!.alt } }));
      return cards(c.featuredNews, featured, [{ label: strings.allArticles, path: NEWS.path }], true);
    }
    case 'news_category': {
      const categoryId = block.category?.documentId;
      const page = drafts.find((draft) => draft.pairKey === `news-category:${categoryId}` && 'view' in draft.data);
      if (!page) return undefined;
      const view = (page.data as SectionItemData).view;
      return cards(view.title, view.articles ?? [], [{ label: `${c.allInCategory} ${view.title}`, path: page.path }]);
    }
    case 'legal_documents':
    case 'direction_items':
    case 'public_services':
    case 'consultations': {
      const module = SECTION_BLOCKS[block.kind];
      const listing = listingOf(module.path)?.listing;
      if (!listing) return undefined;
      const more = [{ label: `${c.seeAll}: ${module.title(strings)}`, path: module.path }];
      if (listing.style === 'cards') return cards(module.title(strings), listing.cards, more);
      if (listing.rows.length === 0) return undefined;
      return { block: block.kind, style: 'table', heading: module.title(strings), listing: { ...listing, rows: listing.rows.slice(0, count) }, more };
    }
    case 'featured_links': {
      const banners = sources.featuredLinks.filter((link) => link.locale === sources.locale).slice(0, count);
      if (banners.length === 0) return undefined;
      return {
        block: block.kind,
        style: 'banners',
        heading: c.featuredLinks,
        more: [],
        banners: banners.map((link) => ({ title: link.title, url: link.url, description: link.description, ...(link.image ? { image: { file: link.image.file, alt: link.image.alt } } : {}) })),
      };
    }
    case 'network_news':
      return cards(c.networkNews, sources.network.news, [
        { label: c.allNetworkNews, path: sources.paths.networkNews },
        { label: c.portalDirectory, path: sources.paths.portalDirectory },
      ]);
    case 'network_consultations':
      return cards(c.networkConsultations, sources.network.consultations, [{ label: c.allNetworkConsultations, path: sources.paths.networkConsultations }]);
    case 'portal_directory':
      return sources.network.directory.length > 0
        ? { block: block.kind, style: 'directory', heading: c.portalDirectory, groups: sources.network.directory, more: [{ label: c.portalDirectory, path: sources.paths.portalDirectory }] }
        : undefined;
  }
}

/** Every photo a home page shows (featured news, banners): the photo route copies them into the release. */
export function homePhotos(sections: readonly HomeSection[]): Array<Pick<Image, 'file' | 'alt'>> {
  return sections.flatMap((section) => {
    if (section.style === 'cards') return section.cards.flatMap((card) => (card.photo ? [card.photo] : []));
    if (section.style === 'banners') return section.banners.flatMap((banner) => (banner.image ? [banner.image] : []));
    return [];
  });
}
