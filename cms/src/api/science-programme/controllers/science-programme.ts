import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::science-programme.science-programme');
