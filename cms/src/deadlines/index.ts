import type { Core } from '@strapi/strapi';
import { registerDeadlineRoutes } from './admin-routes';
import { deadlineSettings } from './deadline-settings';
import { seedOfficialCalendar } from './province-calendar';

/** Quy chế Đ9, Đ12, Đ31: legal deadlines in working days, review of core information, activity reports. */
export function registerDeadlines(strapi: Core.Strapi): void {
  deadlineSettings(); // a malformed setting stops the start, not the first dashboard view
  registerDeadlineRoutes(strapi);
}

export { seedOfficialCalendar };
