import type { Core } from '@strapi/strapi';
import { vietnamDateOf, type IsoDate } from '@portal/working-days';
import { addAdminRoutes, refuseRequest } from '../admin-routes';
import { isProvincialAdmin } from '../tenancy/membership';
import { activityReport, activityReportCsv, parseReportPeriod } from './activity-report';
import { boardScope, visibleBoards } from './board-scope';
import { deadlineOverview } from './deadline-overview';
import { deadlineSettings } from './deadline-settings';

function dayParameter(value: unknown): IsoDate {
  if (value === undefined || value === '') return vietnamDateOf(new Date());
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
    refuseRequest('invalid', `Ngày "${text}" không hợp lệ (YYYY-MM-DD).`, `"${text}" is not a date (YYYY-MM-DD).`);
  }
  return text;
}

/**
 * `GET /admin/deadlines/boards`: the portals the user may look at, for the dashboard's picker.
 * `GET /admin/deadlines/overview?tenant=&on=`: due soon, overdue, published late, review due and
 * translations, for the boards the user sits on (`on` views any day, e.g. across Tết).
 * `GET /admin/deadlines/report?period=2026-Q1&tenant=&on=&format=csv`: the Đ31 activity report,
 * with feedback still pending judged as of `on` (today by default).
 */
export function registerDeadlineRoutes(strapi: Core.Strapi): void {
  addAdminRoutes(strapi, 'deadlines', [
    {
      method: 'GET',
      path: '/deadlines/boards',
      handler: async (ctx) => {
        ctx.body = { data: { province: isProvincialAdmin(ctx.state.user), boards: await visibleBoards(strapi, ctx.state.user, 'reporter') } };
      },
    },
    {
      method: 'GET',
      path: '/deadlines/overview',
      handler: async (ctx) => {
        const tenantCodes = await boardScope(strapi, ctx.state.user, ctx.query.tenant || undefined, 'reporter');
        ctx.body = { data: await deadlineOverview(strapi, { tenantCodes, today: dayParameter(ctx.query.on), ...deadlineSettings() }) };
      },
    },
    {
      method: 'GET',
      path: '/deadlines/report',
      handler: async (ctx) => {
        const period = parseReportPeriod(String(ctx.query.period ?? ''));
        const tenantCodes = await boardScope(strapi, ctx.state.user, ctx.query.tenant || undefined, 'approver');
        const report = await activityReport(strapi, period, tenantCodes, dayParameter(ctx.query.on));
        if (ctx.query.format === 'csv') {
          ctx.type = 'text/csv; charset=utf-8';
          ctx.attachment(`bao-cao-${period.label}-${tenantCodes?.join('-') ?? 'toan-tinh'}.csv`);
          ctx.body = activityReportCsv(report);
          return;
        }
        ctx.body = { data: report };
      },
    },
  ]);
}
