import { articles } from './articles';
import { consultations } from './consultations';
import { contactEntries } from './contact-entries';
import { directionItems } from './direction-items';
import { disclosureItems } from './disclosure-items';
import { feedbackAnswers } from './feedback-answers';
import { financialReports } from './financial-reports';
import { gazetteIssues } from './gazette-issues';
import { introPages } from './intro-pages';
import { investmentProjects } from './investment-projects';
import { leaders } from './leaders';
import { legalDocuments } from './legal-documents';
import { newsCategories } from './news-categories';
import { onlineDialogues } from './online-dialogues';
import { plans } from './plans';
import { publicServices } from './public-services';
import { scienceProgrammes } from './science-programmes';
import { statistics } from './statistics';
import type { AnySectionModule, SectionId, SectionModule } from './types';

/** Every section, in the order the site map lists them. */
export const SECTIONS: readonly AnySectionModule[] = [
  articles,
  introPages,
  leaders,
  contactEntries,
  newsCategories,
  directionItems,
  legalDocuments,
  gazetteIssues,
  publicServices,
  feedbackAnswers,
  consultations,
  onlineDialogues,
  disclosureItems,
  plans,
  investmentProjects,
  statistics,
  scienceProgrammes,
  financialReports,
];

export function sectionModule<Id extends SectionId>(id: Id): SectionModule<Id> {
  const found = SECTIONS.find((section) => section.id === id);
  if (!found) throw new Error(`No section "${id}"`);
  return found as unknown as SectionModule<Id>;
}
