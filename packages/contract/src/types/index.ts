import { article } from './article.js';
import { componentPortal } from './component-portal.js';
import { consultation } from './consultation.js';
import { contactEntry } from './contact-entry.js';
import { directionItem } from './direction-item.js';
import { disclosureItem } from './disclosure-item.js';
import { featuredLink } from './featured-link.js';
import { feedbackAnswer } from './feedback-answer.js';
import { financialReport } from './financial-report.js';
import { gazetteIssue } from './gazette-issue.js';
import { homeLayout } from './home-layout.js';
import { introPage } from './intro-page.js';
import { investmentProject } from './investment-project.js';
import { leader } from './leader.js';
import { legalDocument } from './legal-document.js';
import { menu } from './menu.js';
import { newsCategory } from './news-category.js';
import { onlineDialogue } from './online-dialogue.js';
import { organisationUnit } from './organisation-unit.js';
import { outageNotice } from './outage-notice.js';
import { plan } from './plan.js';
import { position } from './position.js';
import { publicService } from './public-service.js';
import { scienceProgramme } from './science-programme.js';
import { statistic } from './statistic.js';
import type { ContentTypeDescriptor } from '../content-type.js';

/**
 * Every kind of tenant content, keyed by its GraphQL collection: one descriptor each. The portals'
 * sections and site map follow this order.
 */
export const CONTENT_TYPES = {
  articles: article,
  introPages: introPage,
  leaders: leader,
  contactEntries: contactEntry,
  newsCategories: newsCategory,
  directionItems: directionItem,
  legalDocuments: legalDocument,
  gazetteIssues: gazetteIssue,
  publicServices: publicService,
  feedbackAnswers: feedbackAnswer,
  consultations: consultation,
  onlineDialogues: onlineDialogue,
  organisationUnits: organisationUnit,
  positions: position,
  disclosureItems: disclosureItem,
  plans: plan,
  investmentProjects: investmentProject,
  statistics: statistic,
  scienceProgrammes: scienceProgramme,
  financialReports: financialReport,
  menus: menu,
  featuredLinks: featuredLink,
  homeLayouts: homeLayout,
  componentPortals: componentPortal,
  outageNotices: outageNotice,
} as const;

export const CONTENT_TYPE_LIST: readonly ContentTypeDescriptor[] = Object.values(CONTENT_TYPES);

const BY_UID = new Map<string, ContentTypeDescriptor>(CONTENT_TYPE_LIST.map((descriptor) => [descriptor.uid, descriptor]));

/** The descriptor of a CMS content type; undefined for the CMS's own types (tenants, the outbox). */
export function contentTypeOf(uid: string): ContentTypeDescriptor | undefined {
  return BY_UID.get(uid);
}
