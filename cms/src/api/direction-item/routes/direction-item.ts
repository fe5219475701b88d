import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::direction-item.direction-item');
