import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::science-programme.science-programme');
