import type { DeadlineRule } from './deadline-rule.js';
import { CONTENT_TYPE_LIST } from './types/index.js';

export type { DeadlineRule } from './deadline-rule.js';

/** Each content type's deadline rules (Quy chế Đ9), from its descriptor. */
export const PUBLICATION_DEADLINES: Readonly<Record<string, readonly DeadlineRule[]>> = Object.fromEntries(
  CONTENT_TYPE_LIST.flatMap((descriptor) => (descriptor.deadlines ? [[descriptor.uid, descriptor.deadlines]] : [])),
);

/**
 * Core (fixed) information that the board must review periodically (Đ12). The regulation names no
 * period; the CMS default is a setting.
 */
export const CORE_INFORMATION_TYPES: readonly string[] = CONTENT_TYPE_LIST.filter((descriptor) => descriptor.core).map((descriptor) => descriptor.uid);

const linksSomething = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined);

function matches(rule: DeadlineRule, entry: Record<string, unknown>): boolean {
  if (!rule.when) return true;
  const value = entry[rule.when.field];
  return 'present' in rule.when ? linksSomething(value) : rule.when.oneOf.includes(String(value));
}

/** The rule an entry follows, if its type has deadlines. */
export function deadlineRuleFor(uid: string, entry: Record<string, unknown>): DeadlineRule | undefined {
  return PUBLICATION_DEADLINES[uid]?.find((rule) => matches(rule, entry));
}

/**
 * The relations a type's rules read through, each with the fields read from its documents: what
 * an entry must be loaded with to be judged (`{ disseminates: ['issueDate'] }`).
 */
export function deadlineRelationsOf(uid: string): Record<string, string[]> {
  const relations: Record<string, string[]> = {};
  for (const rule of PUBLICATION_DEADLINES[uid] ?? []) {
    if (rule.when && 'present' in rule.when) relations[rule.when.field] ??= [];
    for (const [relation, field] of rule.from.filter((path) => path.includes('.')).map((path) => path.split('.', 2) as [string, string])) {
      relations[relation] = [...new Set([...(relations[relation] ?? []), field])];
    }
  }
  return relations;
}

/** Every value of a date path of an entry: its own field, or that field of each linked document. */
export function datesAt(entry: Record<string, unknown>, path: string): unknown[] {
  const [field, nested] = path.split('.', 2) as [string, string | undefined];
  const value = entry[field];
  if (nested === undefined) return [value];
  const linked = Array.isArray(value) ? value : value ? [value] : [];
  return linked.map((document) => (document as Record<string, unknown>)?.[nested]);
}
