import type { APIRoute } from 'astro';
import { FEED_FORMATS, feedRoutes, renderFeed, type FeedFormat, type Feed } from '../../../lib/feeds';
import { loadPortal } from '../../../lib/portal';
import type { PublicOrigin } from '../../../lib/public-links';

/** Each feed of the news, of each section with entry pages and of each news category, per language, in every format. */
export async function getStaticPaths() {
  const { feeds, origin } = await loadPortal();
  return feedRoutes(feeds, origin);
}

export const GET: APIRoute = ({ props }) => {
  const { feed, origin, format } = props as { feed: Feed; origin: PublicOrigin; format: FeedFormat };
  return new Response(renderFeed(feed, format, origin), { headers: { 'content-type': `${FEED_FORMATS[format].mediaType}; charset=utf-8` } });
};
