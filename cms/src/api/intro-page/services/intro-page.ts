import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::intro-page.intro-page');
