/** The languages every portal of the province is published in, Vietnamese first. */
export const LOCALES = ['vi', 'en', 'km'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
/** A language other than Vietnamese, the one every item is written in first. */
export type TranslationLocale = Exclude<Locale, 'vi'>;

/** BCP 47 tags used in `lang`, `hreflang` and `og:locale`. */
export const LOCALE_TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en', km: 'km-KH' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
