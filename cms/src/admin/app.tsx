import type { StrapiApp } from '@strapi/strapi/admin';

// Editors in provincial offices work in Vietnamese; English stays available for IT staff.
export default {
  config: {
    locales: ['vi', 'en'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
