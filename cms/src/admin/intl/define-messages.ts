/** A text of the admin in both of its languages: Vietnamese for editors, English for IT staff. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A react-intl message whose default is the Vietnamese text, so nothing shows in English by accident. */
export interface AdminMessage {
  id: string;
  defaultMessage: string;
}

/** The admin panel's translations, by language, in the shape Strapi's `config.translations` takes. */
export interface AdminTranslations {
  vi: Record<string, string>;
  en: Record<string, string>;
}

/** A screen's texts as messages (for `formatMessage`) and as translations (for the admin's registry). */
export interface ScreenMessages<Key extends string> {
  messages: Record<Key, AdminMessage>;
  translations: AdminTranslations;
}

/**
 * The texts of one admin screen, Vietnamese beside English, under ids `portal.<screen>.<key>`.
 * Values use react-intl's ICU syntax (`{portal}`); rich parts are tags (`<b>…</b>`).
 */
export function defineScreenMessages<const Key extends string>(screen: string, texts: Record<Key, Bilingual>): ScreenMessages<Key> {
  const entries = Object.entries(texts) as Array<[Key, Bilingual]>;
  const idOf = (key: string) => `portal.${screen}.${key}`;
  return {
    messages: Object.fromEntries(entries.map(([key, text]) => [key, { id: idOf(key), defaultMessage: text.vi }])) as Record<Key, AdminMessage>,
    translations: {
      vi: Object.fromEntries(entries.map(([key, text]) => [idOf(key), text.vi])),
      en: Object.fromEntries(entries.map(([key, text]) => [idOf(key), text.en])),
    },
  };
}

/** Several screens' translations as one registry; an id defined twice is a mistake, not an override. */
export function mergeTranslations(parts: readonly AdminTranslations[]): AdminTranslations {
  const merged: AdminTranslations = { vi: {}, en: {} };
  for (const part of parts) {
    for (const language of ['vi', 'en'] as const) {
      for (const [id, text] of Object.entries(part[language])) {
        if (id in merged[language]) throw new Error(`Admin message "${id}" is defined twice`);
        merged[language][id] = text;
      }
    }
  }
  return merged;
}
