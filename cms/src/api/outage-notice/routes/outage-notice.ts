import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::outage-notice.outage-notice');
