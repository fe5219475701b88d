import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::online-dialogue.online-dialogue');
