import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::gazette-issue.gazette-issue');
