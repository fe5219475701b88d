import { noticesInForce, outageNoticeSchema, tenantSchema, type Locale } from '@portal/contract';
import { z } from 'astro/zod';
import { formatDate, formatTime } from '@portal/contract/dates';
import { fillTemplate } from './template';
import { uiStrings } from './ui-strings';

/** An outage notice with the portal it was published on: the one being built, or the province's. */
export const portalNoticeSchema = outageNoticeSchema.extend({ tenantCode: tenantSchema.shape.code });
export type PortalNotice = z.infer<typeof portalNoticeSchema>;

export interface BannerNotice {
  title: string;
  period: string;
  affectedServices: string | null | undefined;
}

/**
 * The notices the banner of a page shows when the portal is built at `now`: those of the portal
 * itself and those the province's portal addressed to every portal, in the page's language,
 * until the outage ends.
 */
export function bannerNotices(portalCode: string, notices: readonly PortalNotice[], locale: Locale, now: Date): BannerNotice[] {
  const affecting = notices.filter((notice) => notice.tenantCode === portalCode || notice.provinceWide === true);
  const at = (iso: string) => `${formatTime(iso, locale)} ${formatDate(iso, locale)}`;
  return noticesInForce(affecting, locale, now).map((notice) => ({
    title: notice.title,
    period: fillTemplate(uiStrings(locale).outagePeriod, { start: at(notice.startsAt), end: at(notice.endsAt) }),
    affectedServices: notice.affectedServices,
  }));
}
