import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::component-portal.component-portal');
