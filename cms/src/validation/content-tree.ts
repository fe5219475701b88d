import type { Core } from '@strapi/strapi';
import { model } from '../content-model';

export interface VisitedValue {
  /** The content type or component the attribute belongs to. */
  modelUid: string;
  attributeName: string;
  attribute: Record<string, any>;
  value: unknown;
  /** Where the value is, for messages: "items[2].url". */
  path: string;
  /** The entry or component object holding the value. */
  holder: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Calls `visit` for every attribute value present in `data` and in the components nested in it. */
export function visitValues(strapi: Core.Strapi, modelUid: string, data: unknown, visit: (visited: VisitedValue) => void, path = ''): void {
  if (!isObject(data)) return;
  const attributes = model(strapi, modelUid)?.attributes ?? {};
  for (const [attributeName, attribute] of Object.entries(attributes)) {
    if (!(attributeName in data)) continue;
    const value = data[attributeName];
    const here = path ? `${path}.${attributeName}` : attributeName;
    visit({ modelUid, attributeName, attribute, value, path: here, holder: data });
    if (attribute.type !== 'component') continue;
    if (Array.isArray(value)) value.forEach((item, index) => visitValues(strapi, attribute.component, item, visit, `${here}[${index + 1}]`));
    else visitValues(strapi, attribute.component, value, visit, here);
  }
}

/**
 * A populate that loads every media file of an entry, inside components too; undefined when the
 * type holds no media at all.
 */
export function mediaPopulate(strapi: Core.Strapi, modelUid: string): Record<string, unknown> | undefined {
  const populate: Record<string, unknown> = {};
  for (const [attributeName, attribute] of Object.entries(model(strapi, modelUid)?.attributes ?? {})) {
    if (attribute.type === 'media') populate[attributeName] = true;
    if (attribute.type !== 'component') continue;
    const nested = mediaPopulate(strapi, attribute.component);
    if (nested) populate[attributeName] = { populate: nested };
  }
  return Object.keys(populate).length > 0 ? populate : undefined;
}
