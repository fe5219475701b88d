import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::gazette-issue.gazette-issue');
