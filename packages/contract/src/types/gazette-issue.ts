import { contentType, formatOf, sortBy } from '../content-type.js';
import { gazetteIssueSchema, gazetteNumberSchema } from '../gazette.js';

export const gazetteIssue = contentType({
  id: 'gazette-issue',
  uid: 'api::gazette-issue.gazette-issue',
  field: 'gazetteIssues',
  schema: gazetteIssueSchema,
  sort: sortBy('issueDate', 'desc'),
  formats: { number: { label: 'Số Công báo', check: formatOf(gazetteNumberSchema) } },
  fieldLabels: { number: { label: 'Số công báo' }, documents: { label: 'Văn bản đăng trong số' } },
  section: true,
});
