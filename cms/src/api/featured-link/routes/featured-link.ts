import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::featured-link.featured-link');
