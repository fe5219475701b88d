import { SERVICE_LEVEL_LABELS, nationalServiceUrl } from '@portal/contract';
import { label } from './helpers';
import type { SectionModule } from './types';

/** Dịch vụ công: procedures are described on the national portal; this directory links there by code. */
export const publicServices: SectionModule<'public-service'> = {
  id: 'public-service',
  collection: 'publicServices',
  path: 'dich-vu-cong/',
  title: (strings) => strings.content.publicServices,
  perPage: 50,
  alwaysListed: true,
  listing: {
    style: 'table',
    caption: (strings) => strings.content.publicServicesCaption,
    columns: [
      { heading: (s) => s.content.procedureCode, cell: (service) => ({ text: service.procedureCode }) },
      { heading: (s) => s.content.procedureName, cell: (service) => ({ text: service.name, href: nationalServiceUrl(service.procedureCode), external: true }) },
      { heading: (s) => s.content.serviceLevel, cell: (service, context) => ({ text: label(SERVICE_LEVEL_LABELS, service.level, context.locale) }) },
      { heading: (s) => s.content.field, cell: (service) => ({ text: service.field ?? '' }) },
      { heading: (s) => s.content.agency, cell: (service) => ({ text: service.agency ?? '' }) },
    ],
  },
};
