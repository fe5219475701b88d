import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::outage-notice.outage-notice');
