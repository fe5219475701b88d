import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::tenant-membership.tenant-membership');
