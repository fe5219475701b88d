import { z } from 'zod';
import { isoDateSchema } from './published.js';

/**
 * The government moves days off and make-up working Saturdays every year (Tết, 2/9), so the
 * working-day calendar is weekends and public holidays corrected by these editable overrides.
 */
export const CALENDAR_OVERRIDE_KINDS = ['day_off', 'working_day'] as const;
export type CalendarOverrideKind = (typeof CALENDAR_OVERRIDE_KINDS)[number];

export const calendarOverrideSchema = z.object({
  date: isoDateSchema,
  kind: z.enum(CALENDAR_OVERRIDE_KINDS),
  reason: z.string().min(1),
  source: z.string().nullish(),
});
export type CalendarOverride = z.infer<typeof calendarOverrideSchema>;
