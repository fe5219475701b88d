import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::intro-page.intro-page');
