import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::admin-credential.admin-credential');
