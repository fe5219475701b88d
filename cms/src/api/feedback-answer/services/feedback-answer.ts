import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::feedback-answer.feedback-answer');
