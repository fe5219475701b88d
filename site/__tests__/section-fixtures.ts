import type {
  Article,
  Consultation,
  ContactEntry,
  DirectionItem,
  DisclosureItem,
  FeedbackAnswer,
  FinancialReport,
  GazetteIssue,
  IntroPage,
  InvestmentProject,
  Leader,
  LegalDocument,
  Locale,
  NewsCategory,
  Plan,
  PublicService,
  RelatedDocument,
  ScienceProgramme,
  Statistic,
} from '@portal/contract';
import { article } from './fixtures';

const AT = '2026-01-01T00:00:00.000Z';
export const PDF = { url: '/uploads/vb_1.pdf', name: 'văn-bản.pdf', mime: 'application/pdf', size: 812.4, width: null, height: null };

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

/** The fields every published entry has, as GraphQL returns them. */
const published = (documentId: string, locale: Locale) => ({ documentId, locale, publishedAt: AT, updatedAt: AT });

export function contactEntry(documentId: string, locale: Locale, overrides: Partial<ContactEntry> = {}): ContactEntry {
  return {
    ...published(documentId, locale),
    fullName: 'Nguyễn Văn An',
    role: 'Giám đốc Sở',
    unit: { documentId: 'ban-giam-doc', name: 'Ban Giám đốc', slug: 'ban-giam-doc' },
    contact: { phone: '0270 3822 001', email: 'giamdoc@example.test', address: 'Số 1 đường Minh Họa' },
    displayOrder: null,
    ...overrides,
  };
}

export function directionItem(documentId: string, locale: Locale, overrides: Partial<DirectionItem> = {}): DirectionItem {
  return {
    ...published(documentId, locale),
    title: `Chỉ đạo ${documentId}`,
    slug: `chi-dao-${documentId}`,
    kind: 'leadership_directive',
    issuedOn: '2026-02-10',
    issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
    summary: null,
    body: 'Các sở, ngành **khẩn trương** triển khai.',
    documents: [],
    attachments: [],
    ...overrides,
  };
}

export function disclosureItem(documentId: string, locale: Locale, overrides: Partial<DisclosureItem> = {}): DisclosureItem {
  return {
    ...published(documentId, locale),
    title: `Thông tin ${documentId}`,
    legalBasis: 'Luật Tiếp cận thông tin 2016, Điều 17',
    responsibleUnit: 'Văn phòng Sở',
    timing: { where: 'Cổng thông tin điện tử của Sở', form: 'portal', when: 'Trong 5 ngày làm việc', deadlineWorkingDays: 5, howLong: 'Thường xuyên' },
    link: null,
    displayOrder: null,
    ...overrides,
  };
}

export function financialReport(documentId: string, locale: Locale, overrides: Partial<FinancialReport> = {}): FinancialReport {
  return {
    ...published(documentId, locale),
    title: `Công khai ngân sách ${documentId}`,
    slug: `ngan-sach-${documentId}`,
    fiscalYear: 2025,
    kind: 'budget_estimate',
    publishedOn: '2026-01-15',
    summary: null,
    attachments: [{ title: 'Biểu mẫu công khai', file: PDF }],
    ...overrides,
  };
}

export function introPage(documentId: string, locale: Locale, overrides: Partial<IntroPage> = {}): IntroPage {
  return {
    ...published(documentId, locale),
    title: `Giới thiệu ${documentId}`,
    slug: `gioi-thieu-${documentId}`,
    topic: 'overview',
    summary: null,
    body: 'Vĩnh Long nằm giữa sông Tiền và sông Hậu.',
    image: null,
    attachments: [],
    displayOrder: null,
    ...overrides,
  };
}

export function investmentProject(documentId: string, locale: Locale, overrides: Partial<InvestmentProject> = {}): InvestmentProject {
  return {
    ...published(documentId, locale),
    title: `Dự án ${documentId}`,
    slug: `du-an-${documentId}`,
    kind: 'public_investment',
    stage: 'in_progress',
    investor: 'Ban Quản lý dự án tỉnh',
    location: 'Thành phố Vĩnh Long',
    totalInvestmentVnd: 1_250_000_000,
    fundingSource: 'Ngân sách tỉnh',
    approvedOn: '2025-09-01',
    summary: null,
    body: null,
    attachments: [],
    ...overrides,
  };
}

export function leader(documentId: string, locale: Locale, overrides: Partial<Leader> = {}): Leader {
  return {
    ...published(documentId, locale),
    fullName: `Trần Thị ${documentId}`,
    slug: `lanh-dao-${documentId}`,
    position: { documentId: 'giam-doc', title: 'Giám đốc Sở', rank: 1 },
    biography: 'Sinh năm 1975 tại Vĩnh Long.',
    responsibilities: 'Phụ trách chung.',
    photo: null,
    contact: { phone: '(0270) 3822-001', email: 'lanhdao@example.test' },
    displayOrder: null,
    ...overrides,
  };
}

export function newsCategory(documentId: string, locale: Locale, overrides: Partial<NewsCategory> = {}): NewsCategory {
  return { documentId, locale, name: `Chuyên mục ${documentId}`, slug: `chuyen-muc-${documentId}`, displayOrder: null, ...overrides };
}

/** An article of `category`, published `minute` minutes into 2026. */
export const articleIn = (category: NewsCategory, documentId: string, minute: number): Article =>
  article(documentId, category.locale, minute, { title: `Tin ${documentId}`, slug: `tin-${documentId}`, category: { documentId: category.documentId, name: category.name, slug: category.slug } });

export function plan(documentId: string, locale: Locale, overrides: Partial<Plan> = {}): Plan {
  return {
    ...published(documentId, locale),
    title: `Kế hoạch ${documentId}`,
    slug: `ke-hoach-${documentId}`,
    kind: 'plan',
    stage: 'in_progress',
    period: '2026–2030',
    approvedOn: '2026-01-20',
    approvalDocument: null,
    summary: null,
    body: 'Mục tiêu của kế hoạch.',
    results: null,
    attachments: [],
    ...overrides,
  };
}

export function publicService(documentId: string, locale: Locale, overrides: Partial<PublicService> = {}): PublicService {
  return {
    ...published(documentId, locale),
    procedureCode: '1.004227',
    name: `Thủ tục ${documentId}`,
    level: 'full_online',
    field: 'Hộ tịch',
    agency: 'Sở Tư pháp',
    ...overrides,
  };
}

export function scienceProgramme(documentId: string, locale: Locale, overrides: Partial<ScienceProgramme> = {}): ScienceProgramme {
  return {
    ...published(documentId, locale),
    title: `Đề tài ${documentId}`,
    slug: `de-tai-${documentId}`,
    code: 'ĐT.01-2025',
    stage: 'accepted',
    leadOrganisation: 'Trường Đại học Cửu Long',
    principalInvestigator: 'TS. Lê Văn Bình',
    approvedOn: '2025-03-01',
    acceptedOn: '2026-02-20',
    budgetVnd: 850_000_000,
    summary: null,
    results: 'Quy trình nuôi cá tra đạt chuẩn.',
    attachments: [],
    ...overrides,
  };
}

export function statistic(documentId: string, locale: Locale, overrides: Partial<Statistic> = {}): Statistic {
  return {
    ...published(documentId, locale),
    title: `Số liệu ${documentId}`,
    slug: `so-lieu-${documentId}`,
    period: 'Năm 2025',
    decidedOn: '2026-01-10',
    topic: 'Dân số',
    summary: null,
    body: null,
    attachments: [],
    ...overrides,
  };
}
