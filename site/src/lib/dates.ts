import { LOCALE_TAGS, type Locale } from '@portal/contract/locales';

// The portals are Vinh Long's: a date is the date there, whatever the build machine's zone.
const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long', timeZone: PORTAL_TIME_ZONE }).format(new Date(iso));
}
