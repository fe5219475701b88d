import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::financial-report.financial-report');
