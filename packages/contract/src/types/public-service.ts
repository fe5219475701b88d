import { contentType, formatOf, sortBy } from '../content-type.js';
import { procedureCodeSchema, publicServiceSchema, SERVICE_LEVEL_LABELS } from '../public-service.js';

export const publicService = contentType({
  id: 'public-service',
  uid: 'api::public-service.public-service',
  field: 'publicServices',
  schema: publicServiceSchema,
  sort: sortBy('procedureCode', 'asc'),
  core: true,
  formats: { procedureCode: { label: 'Mã thủ tục', check: formatOf(procedureCodeSchema) } },
  fieldLabels: { level: { label: 'Mức độ trực tuyến' } },
  choiceLabels: [SERVICE_LEVEL_LABELS],
  section: true,
});
