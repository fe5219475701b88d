function wholeNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return value;
}

/** Dashboard thresholds; Đ12 names no review period, so it is a setting. */
export function deadlineSettings() {
  return {
    soonWorkingDays: wholeNumber('DEADLINE_SOON_WORKING_DAYS', 2),
    lateLookbackDays: wholeNumber('DEADLINE_LATE_LOOKBACK_DAYS', 30),
    reviewAfterDays: wholeNumber('CORE_INFORMATION_REVIEW_DAYS', 180),
  };
}
