import type { APIRoute } from 'astro';
import { FEED_FILE, renderRss, type Feed } from '../../../lib/feeds';
import { loadPortal } from '../../../lib/portal';
import type { PublicOrigin } from '../../../lib/public-links';

/** An RSS 2.0 feed per language for the news, each section with entry pages and each news category. */
export async function getStaticPaths() {
  const { feeds, origin } = await loadPortal();
  return feeds.map((feed) => ({ params: { locale: feed.locale, feed: feed.path.slice(0, -`/${FEED_FILE}`.length) }, props: { feed, origin } }));
}

export const GET: APIRoute = ({ props }) => {
  const { feed, origin } = props as { feed: Feed; origin: PublicOrigin };
  return new Response(renderRss(feed, origin), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
