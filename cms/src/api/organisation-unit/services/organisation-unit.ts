import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::organisation-unit.organisation-unit');
