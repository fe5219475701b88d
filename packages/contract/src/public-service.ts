import { z } from 'zod';
import { publishedEntryFields, type Labels } from './published.js';

/** Online public service levels (as named by NĐ 42/2022, repealed from 01/07/2026): fully online ("toàn trình") or partly online ("một phần"). */
export const SERVICE_LEVELS = ['full_online', 'partial_online'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];
export const SERVICE_LEVEL_LABELS: Labels<ServiceLevel> = {
  full_online: { vi: 'Toàn trình', en: 'Fully online', km: 'អនឡាញពេញលេញ' },
  partial_online: { vi: 'Một phần', en: 'Partly online', km: 'អនឡាញមួយផ្នែក' },
};

/** The national procedure code ("1.004227"), optionally with the province's suffix ("1.004227.000.00.00.H62"). */
export const procedureCodeSchema = z.string().regex(/^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.H\d{2})?$/, 'a procedure code such as "1.004227"');

/**
 * Procedures are described once, on the national public-service portal; a portal links there by
 * code instead of re-typing them. The address pattern is the portal's public procedure page.
 */
export function nationalServiceUrl(procedureCode: string): string {
  return `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(procedureCode)}`;
}

export const publicServiceSchema = z.object({
  ...publishedEntryFields,
  procedureCode: procedureCodeSchema,
  name: z.string().min(1),
  level: z.enum(SERVICE_LEVELS),
  field: z.string().nullish(),
  agency: z.string().nullish(),
});
export type PublicService = z.infer<typeof publicServiceSchema>;
