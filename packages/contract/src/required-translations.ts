import type { TranslationLocale } from './locales.js';
import { contentTypeOf } from './types/index.js';

/**
 * Information that must also be public in English: organisation structure, functions and duties,
 * and the contacts of competent officials (NĐ 42/2022/NĐ-CP Đ7 k2, repealed from 01/07/2026; its
 * successor under the Law on Digital Transformation 148/2025/QH15 is not yet confirmed here, see
 * docs/decisions.md). Vietnamese never waits for it (Quy chế Đ9 k1: changes "tức thời"): a missing
 * translation is a deadline item on the dashboard, not a reason to refuse publishing. Which types
 * need it is in their descriptors (`translations`).
 *
 * The languages an item of `uid` must be published in besides Vietnamese, judged on its Vietnamese version.
 */
export function requiredTranslationsOf(uid: string, vietnamese: Readonly<Record<string, unknown>>): readonly TranslationLocale[] {
  const requirement = contentTypeOf(uid)?.translations;
  if (!requirement) return [];
  if (requirement.when && vietnamese[requirement.when.field] !== requirement.when.equals) return [];
  return requirement.locales;
}
