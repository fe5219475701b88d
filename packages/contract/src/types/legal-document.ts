import { contentType, sortBy } from '../content-type.js';
import { documentNumberProblem } from '../document-number.js';
import { DOCUMENT_LEVEL_LABELS, LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_FIELD_LABELS, legalDocumentSchema } from '../legal-document.js';

const issueDate = { name: 'issueDate', label: 'Ngày ban hành' };
const effectiveDate = { name: 'effectiveDate', label: 'Ngày có hiệu lực' };
const expiryDate = { name: 'expiryDate', label: 'Ngày hết hiệu lực' };

export const legalDocument = contentType({
  id: 'legal-document',
  uid: 'api::legal-document.legal-document',
  field: 'legalDocuments',
  schema: legalDocumentSchema,
  sort: sortBy('issueDate', 'desc'),
  privateFields: { gazetteIssues: 'read from the gazette issue, which lists its documents' },
  deadlines: [
    {
      when: { field: 'level', oneOf: ['provincial'] },
      from: ['issueDate'],
      workingDays: 2,
      basis: { vi: 'Đ9 k3: văn bản của UBND tỉnh, 2 ngày làm việc kể từ khi ban hành', en: 'Art. 9(3): provincial documents, 2 working days after issue' },
    },
    {
      when: { field: 'level', oneOf: ['central'] },
      from: ['issueDate'],
      workingDays: 8,
      basis: { vi: 'Đ9 k3: văn bản của Trung ương, 8 ngày làm việc kể từ khi ban hành', en: 'Art. 9(3): central documents, 8 working days after issue' },
    },
  ],
  formats: { documentNumber: { label: 'Số, ký hiệu', check: documentNumberProblem } },
  // A text cannot expire the day it takes effect, nor the day it is issued.
  dateOrder: [
    { earlier: issueDate, later: effectiveDate, strictly: false },
    { earlier: issueDate, later: expiryDate, strictly: true },
    { earlier: effectiveDate, later: expiryDate, strictly: true },
  ],
  fieldLabels: {
    files: { label: 'Toàn văn (tệp đính kèm)', hint: 'Bản tiếng Việt chỉ đăng được khi có toàn văn: nhập nội dung hoặc đính kèm tệp (Quy chế Đ11 k2).' },
  },
  choiceLabels: [LEGAL_DOCUMENT_TYPE_LABELS, DOCUMENT_LEVEL_LABELS, LEGAL_FIELD_LABELS],
  section: true,
});
