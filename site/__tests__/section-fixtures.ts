import type { Consultation, FeedbackAnswer, GazetteIssue, LegalDocument, Locale, RelatedDocument } from '@portal/contract';

const AT = '2026-01-01T00:00:00.000Z';
const PDF = { url: '/uploads/vb_1.pdf', name: 'văn-bản.pdf', mime: 'application/pdf', size: 812.4, width: null, height: null };

export function legalDocument(documentId: string, locale: Locale, overrides: Partial<LegalDocument> = {}): LegalDocument {
  return {
    documentId,
    locale,
    publishedAt: AT,
    updatedAt: AT,
    title: `Văn bản ${documentId} ${locale}`,
    slug: `${documentId}-qd-ubnd`,
    documentNumber: `${documentId.length}/2025/QĐ-UBND`,
    documentType: 'decision',
    issuingAuthority: 'Ủy ban nhân dân tỉnh Vĩnh Long',
    signer: null,
    signerPosition: null,
    issueDate: '2025-06-10',
    effectiveDate: '2025-07-01',
    expiryDate: null,
    field: 'administrative_reform',
    level: 'provincial',
    summary: null,
    body: 'Điều 1. Nội dung.',
    files: [{ title: 'Toàn văn', file: PDF }],
    amends: [],
    amendedBy: [],
    replaces: [],
    replacedBy: [],
    guides: [],
    guidedBy: [],
    repeals: [],
    repealedBy: [],
    partlyRepeals: [],
    partlyRepealedBy: [],
    ...overrides,
  };
}

export const related = (document: LegalDocument): RelatedDocument => ({
  documentId: document.documentId,
  documentNumber: document.documentNumber,
  title: document.title,
  slug: document.slug,
  issueDate: document.issueDate,
  effectiveDate: document.effectiveDate,
});

export function gazetteIssue(documentId: string, locale: Locale, overrides: Partial<GazetteIssue> = {}): GazetteIssue {
  return {
    documentId,
    locale,
    publishedAt: AT,
    updatedAt: AT,
    title: `Công báo số ${documentId}`,
    slug: `so-${documentId}`,
    number: '15',
    issueDate: '2025-07-05',
    pdf: { ...PDF, url: '/uploads/cong_bao.pdf', name: 'cong-bao-15.pdf', size: 2048 },
    documents: [],
    corrects: [],
    correctedBy: [],
    correctionNote: null,
    ...overrides,
  };
}

export function feedbackAnswer(documentId: string, locale: Locale, overrides: Partial<FeedbackAnswer> = {}): FeedbackAnswer {
  return {
    documentId,
    locale,
    publishedAt: AT,
    updatedAt: AT,
    title: `Phản ánh ${documentId}`,
    slug: `phan-anh-${documentId}`,
    receivedOn: '2026-02-02',
    channel: 'national_system',
    field: 'education',
    disposition: 'answered',
    answeredOn: '2026-02-12',
    question: 'Con tôi có được **miễn học phí** không?',
    answer: 'Học sinh tiểu học trường công lập được miễn học phí.',
    answeredBy: 'Sở Giáo dục và Đào tạo',
    outOfScopeReason: null,
    documents: [],
    attachments: [],
    ...overrides,
  };
}

export function consultation(documentId: string, locale: Locale, overrides: Partial<Consultation> = {}): Consultation {
  return {
    documentId,
    locale,
    publishedAt: AT,
    updatedAt: AT,
    title: `Dự thảo ${documentId}`,
    slug: `du-thao-${documentId}`,
    summary: null,
    draftingAgency: 'Sở Tư pháp',
    openOn: '2026-02-01',
    closesOn: '2026-03-31',
    consultationStatus: 'open',
    files: [{ title: 'Dự thảo (PDF)', file: PDF }],
    commentEmail: 'gopy@example.test',
    commentPostalAddress: 'Số 1 đường Minh Họa',
    nationalPortalUrl: 'https://chinhphu.vn/du-thao',
    resultSummary: null,
    resultingDocument: null,
    ...overrides,
  };
}
