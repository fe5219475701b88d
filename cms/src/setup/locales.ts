import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@portal/contract';

const LOCALE_NAMES: Record<Locale, string> = {
  vi: 'Tiếng Việt (vi)',
  en: 'English (en)',
  km: 'ភាសាខ្មែរ (km)',
};

/** Makes sure the portal languages exist, with Vietnamese as the default. */
export async function ensurePortalLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name: LOCALE_NAMES[code] });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
