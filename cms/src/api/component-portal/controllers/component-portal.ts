import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::component-portal.component-portal');
