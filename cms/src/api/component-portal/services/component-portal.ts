import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::component-portal.component-portal');
