import { onlyOwnPortalsFiles } from '../../tenancy/media';

const BULK_ACTIONS = new Set(['/actions/bulk-delete', '/actions/bulk-move', '/actions/bulk-update']);

/**
 * The media library's files belong to the portals whose boards uploaded them (see
 * src/tenancy/media.ts). The plugin loads a single file for its permission checks with a fixed
 * list of relations; `tenants` is added to it so the RBAC condition on files can be evaluated.
 * Its bulk actions check no permission per file, so they get a policy that does.
 */
export default (plugin: any) => {
  plugin.contentTypes.file.schema.attributes.tenants = { type: 'relation', relation: 'manyToMany', target: 'api::tenant.tenant', private: true };

  const uploadService = plugin.services.upload;
  plugin.services.upload = (deps: any) => {
    const service = uploadService(deps);
    const findOne = service.findOne.bind(service);
    service.findOne = (id: unknown, populate: unknown = {}) => findOne(id, Array.isArray(populate) ? [...populate, 'tenants'] : populate);
    return service;
  };

  plugin.policies = { ...plugin.policies, 'only-own-portals-files': onlyOwnPortalsFiles };
  for (const route of plugin.routes.admin.routes) {
    if (route.method === 'POST' && BULK_ACTIONS.has(route.path)) {
      route.config = { ...route.config, policies: [...(route.config?.policies ?? []), 'plugin::upload.only-own-portals-files'] };
    }
  }
  return plugin;
};
