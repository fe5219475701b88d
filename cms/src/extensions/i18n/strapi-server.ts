import { onlyVisibleEntry } from '../../tenancy/non-localized-fields';

/** The i18n plugin reads entries for "fill in from another language" by row id, below the Document Service: fence it (see src/tenancy). */
export default (plugin: any) => {
  plugin.policies = { ...plugin.policies, 'only-visible-entry': onlyVisibleEntry };
  for (const route of plugin.routes.admin.routes) {
    if (route.path === '/content-manager/actions/get-non-localized-fields') {
      route.config = { ...route.config, policies: [...(route.config?.policies ?? []), 'plugin::i18n.only-visible-entry'] };
    }
  }
  return plugin;
};
