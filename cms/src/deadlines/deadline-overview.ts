import type { Core } from '@strapi/strapi';
import { CORE_INFORMATION_TYPES, LOCALES, requiredTranslationsOf, type Locale } from '@portal/contract';
import type { IsoDate, WorkingDayCalendar } from '@portal/working-days';
import type { DeadlineEntry, DeadlineOverview, ReviewEntry, TranslationEntry } from './dashboard-data';
import { dueDateOf, metOnOf, publicationDateOf } from './due-dates';
import { editorialItems, editorialTypes, typeNameOf, type EditorialItem } from './editorial-items';
import { loadProvinceCalendar } from './province-calendar';
import { TENANT_UID } from '../content-model';

export interface OverviewOptions {
  tenantCodes: string[] | undefined;
  today: IsoDate;
  /** Pending items due within this many working days count as "due soon". */
  soonWorkingDays?: number;
  lateLookbackDays?: number;
  /** Core information not changed for this many days is due for review (Đ12). */
  reviewAfterDays?: number;
}

const addDays = (date: IsoDate, days: number): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function deadlineEntry(strapi: Core.Strapi, item: EditorialItem, calendar: WorkingDayCalendar, today: IsoDate): DeadlineEntry | undefined {
  const source = item.published ?? item.draft!;
  const dueDate = dueDateOf(item.uid, source, calendar);
  if (!dueDate) return undefined;
  // Seen from a date in the past, an item done later was still pending then.
  const doneOn = metOnOf(dueDate, source, item.firstPublishedOn);
  const metOn = doneOn && doneOn <= today ? doneOn : undefined;
  return {
    contentType: item.uid,
    typeName: typeNameOf(strapi, item.uid),
    documentId: item.documentId,
    tenant: item.tenantCode,
    title: item.title,
    from: dueDate.from,
    due: dueDate.due,
    dueEstimated: dueDate.estimated,
    basis: dueDate.rule.basis,
    metOn,
    late: (metOn ?? today) > dueDate.due,
    workingDays: metOn ? calendar.workingDaysBetween(dueDate.due, metOn) : calendar.workingDaysBetween(today, dueDate.due),
  };
}

function translationEntry(strapi: Core.Strapi, item: EditorialItem, siteLocales: Map<string, Locale[]>): TranslationEntry | undefined {
  const vietnamese = item.publishedIn.vi;
  if (!vietnamese) return undefined;
  const locales = (siteLocales.get(item.tenantCode) ?? []).filter((locale) => locale !== 'vi');
  const missing = locales.filter((locale) => !item.publishedIn[locale]);
  const stale = locales.filter((locale) => {
    const translation = item.publishedIn[locale];
    return translation && Date.parse(translation.publishedAt) < Date.parse(vietnamese.updatedAt) - 1000;
  });
  if (missing.length === 0 && stale.length === 0) return undefined;
  const required = requiredTranslationsOf(item.uid, vietnamese).filter((locale) => missing.includes(locale));
  return { contentType: item.uid, typeName: typeNameOf(strapi, item.uid), documentId: item.documentId, tenant: item.tenantCode, title: item.title, missing, required, stale };
}

async function siteLocalesByTenant(strapi: Core.Strapi): Promise<Map<string, Locale[]>> {
  const tenants: any[] = await strapi.db.query(TENANT_UID).findMany({ populate: { sites: { select: ['locale'] } } });
  return new Map(tenants.map((tenant) => [tenant.code, (tenant.sites ?? []).map((site: any) => site.locale).filter((locale: string) => (LOCALES as readonly string[]).includes(locale))]));
}

/**
 * What the board has to act on, as of `today` (any date: the dashboard can look at the state
 * across Tết): items due soon or overdue, items published late, core information due for review,
 * translations missing or older than the Vietnamese.
 */
export async function deadlineOverview(strapi: Core.Strapi, options: OverviewOptions): Promise<DeadlineOverview> {
  const { today, tenantCodes, soonWorkingDays = 2, lateLookbackDays = 30, reviewAfterDays = 180 } = options;
  const calendar = await loadProvinceCalendar(strapi);
  const siteLocales = await siteLocalesByTenant(strapi);
  const overview: DeadlineOverview = { today, tenants: tenantCodes ?? 'all', dueSoon: [], overdue: [], publishedLate: [], reviewDue: [], translations: [] };
  const lateSince = addDays(today, -lateLookbackDays);

  for (const uid of editorialTypes(strapi)) {
    for (const item of await editorialItems(strapi, uid, tenantCodes)) {
      const deadline = deadlineEntry(strapi, item, calendar, today);
      if (deadline && !deadline.metOn) {
        if (deadline.late) overview.overdue.push(deadline);
        else if (deadline.workingDays <= soonWorkingDays) overview.dueSoon.push(deadline);
      } else if (deadline?.metOn && deadline.late && deadline.metOn >= lateSince) {
        overview.publishedLate.push(deadline);
      }
      if (CORE_INFORMATION_TYPES.includes(uid) && item.published) {
        const lastChangedOn = publicationDateOf(item.published.updatedAt);
        const reviewDueOn = addDays(lastChangedOn, reviewAfterDays);
        if (reviewDueOn <= today) {
          overview.reviewDue.push({ contentType: uid, typeName: typeNameOf(strapi, uid), documentId: item.documentId, tenant: item.tenantCode, title: item.title, lastChangedOn, reviewDueOn });
        }
      }
      const translation = translationEntry(strapi, item, siteLocales);
      if (translation) overview.translations.push(translation);
    }
  }
  overview.overdue.sort((a, b) => a.due.localeCompare(b.due));
  overview.dueSoon.sort((a, b) => a.due.localeCompare(b.due));
  overview.publishedLate.sort((a, b) => (b.metOn ?? '').localeCompare(a.metOn ?? ''));
  overview.reviewDue.sort((a, b) => a.reviewDueOn.localeCompare(b.reviewDueOn));
  // Translations the law requires come first: the others are a courtesy to readers.
  overview.translations.sort((a, b) => b.required.length - a.required.length);
  return overview;
}
