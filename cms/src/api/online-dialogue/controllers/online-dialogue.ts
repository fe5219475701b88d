import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::online-dialogue.online-dialogue');
