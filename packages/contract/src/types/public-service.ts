import { contentType, formatOf, sortBy } from '../content-type.js';
import { procedureCodeSchema, publicServiceSchema } from '../public-service.js';

export const publicService = contentType({
  id: 'public-service',
  uid: 'api::public-service.public-service',
  field: 'publicServices',
  schema: publicServiceSchema,
  sort: sortBy('procedureCode', 'asc'),
  core: true,
  formats: { procedureCode: { label: 'Mã thủ tục', check: formatOf(procedureCodeSchema) } },
  section: true,
});
