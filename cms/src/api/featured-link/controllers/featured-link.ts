import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::featured-link.featured-link');
