import type { Core } from '@strapi/strapi';
import { fieldLabelOf } from './field-labels';

/** Content types and components editors see in the Content Manager. */
export function editableModels(strapi: Core.Strapi): Array<{ uid: string; kind: 'content-type' | 'component'; model: any }> {
  const contentTypes = Object.entries(strapi.contentTypes)
    .filter(([uid, model]: [string, any]) => uid.startsWith('api::') && model.pluginOptions?.['content-manager']?.visible !== false)
    .map(([uid, model]) => ({ uid, kind: 'content-type' as const, model }));
  const components = Object.entries(strapi.components).map(([uid, model]) => ({ uid, kind: 'component' as const, model }));
  return [...contentTypes, ...components];
}

/**
 * Names every field of the edit forms and lists in Vietnamese (`field-labels.ts`), through the
 * Content Manager's own configuration, at every start: editors of a commune office read no
 * English. Layouts and other settings an administrator arranged are kept.
 */
export async function labelFieldsInVietnamese(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const { uid, kind, model } of editableModels(strapi)) {
    const service = contentManager.service(kind === 'content-type' ? 'content-types' : 'components');
    const schema = kind === 'content-type' ? service.findContentType(uid) : service.findComponent(uid);
    const configuration = await service.findConfiguration(schema);
    const metadatas = { ...configuration.metadatas };
    let changed = false;
    for (const field of Object.keys(model.attributes)) {
      const label = fieldLabelOf(uid, field);
      if (!label || !metadatas[field]) continue;
      const { edit = {}, list = {} } = metadatas[field];
      const description = label.hint ?? edit.description ?? '';
      if (edit.label === label.label && edit.description === description && list.label === label.label) continue;
      metadatas[field] = { ...metadatas[field], edit: { ...edit, label: label.label, description }, list: { ...list, label: label.label } };
      changed = true;
    }
    // Restarts after the first write nothing: start-up stays a read per model.
    if (changed) await service.updateConfiguration(schema, { settings: configuration.settings, metadatas, layouts: configuration.layouts });
  }
}
