import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::direction-item.direction-item');
