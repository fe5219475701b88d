import { CONTENT_TYPE_LIST } from '@portal/contract';
import { factories, type Core } from '@strapi/strapi';
import { contentTypeUid } from '../content-model';

/**
 * Gives every described content type Strapi's own controller, service and REST router, which
 * GraphQL, the API tokens' permissions and the site builds rely on. Strapi 5 makes none by
 * itself: it only loads what the API folder holds, and a folder per type with three one-line
 * factory files was boilerplate to copy for every new type. A folder that has its own keeps it.
 * Runs in the register phase: Strapi turns controllers into permission actions and routers into
 * routes later, at bootstrap.
 */
export function registerCoreApis(strapi: Core.Strapi): void {
  for (const { id, uid } of CONTENT_TYPE_LIST) {
    const api = strapi.api(id);
    if (!api) throw new Error(`The content type ${uid} has a descriptor but no folder cms/src/api/${id}/ with its schema.json`);
    const typeUid = contentTypeUid(uid);
    if (!api.controllers[id]) strapi.get('controllers').add(`api::${id}`, { [id]: factories.createCoreController(typeUid) });
    if (!api.services[id]) strapi.get('services').add(`api::${id}`, { [id]: factories.createCoreService(typeUid) });
    // What a routes/<id>.ts file would export; Strapi completes each route (its info) when it registers them.
    if (!api.routes[id]) api.routes = { ...api.routes, [id]: factories.createCoreRouter(typeUid) as Core.Router };
  }
}
