import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::intro-page.intro-page');
