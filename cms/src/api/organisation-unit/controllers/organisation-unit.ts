import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::organisation-unit.organisation-unit');
