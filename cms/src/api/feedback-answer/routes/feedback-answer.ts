import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::feedback-answer.feedback-answer');
