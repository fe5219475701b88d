import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::online-dialogue.online-dialogue');
