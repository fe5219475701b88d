import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::science-programme.science-programme');
