import { hiddenFromCurrentMember } from '../../tenancy/document-guard';
import { noAdminUserFieldsInListQueries } from './admin-user-filters';

/**
 * The Content Manager answers "this document exists in other languages" (with their list) when a
 * document has no version in the asked language, checking existence straight in the database.
 * For another portal's document that would confirm it exists; a board member gets "not found".
 * Its list refuses queries that look inside admin accounts (admin-user-filters.ts).
 */
export default (plugin: any) => {
  const documentManager = plugin.services['document-manager'];
  plugin.services['document-manager'] = (deps: any) => {
    const service = documentManager(deps);
    const exists = service.exists.bind(service);
    service.exists = async (uid: string, id?: string) => !(id && (await hiddenFromCurrentMember(deps.strapi, uid, id))) && exists(uid, id);
    return service;
  };

  plugin.policies = { ...plugin.policies, 'no-admin-user-fields': noAdminUserFieldsInListQueries };
  for (const route of plugin.routes.admin.routes) {
    if (route.method === 'GET' && route.path === '/collection-types/:model') {
      route.config = { ...route.config, policies: [...(route.config?.policies ?? []), 'plugin::content-manager.no-admin-user-fields'] };
    }
  }
  return plugin;
};
