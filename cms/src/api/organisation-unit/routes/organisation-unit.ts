import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::organisation-unit.organisation-unit');
