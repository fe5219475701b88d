import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::direction-item.direction-item');
