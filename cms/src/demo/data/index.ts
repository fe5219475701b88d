import type { DemoCollection } from '../entry';
import { ARTICLES } from './articles';
import { CONSULTATION_COMMENTS, CONSULTATIONS } from './consultations';
import { ONLINE_DIALOGUES } from './online-dialogues';
import { OUTAGE_NOTICES } from './outage-notices';
import { DIRECTION_ITEMS } from './direction-items';
import { DISCLOSURE_ITEMS } from './disclosure-items';
import { FEEDBACK_ANSWERS } from './feedback-answers';
import { GAZETTE_ISSUES } from './gazette-issues';
import { HOME_LAYOUTS } from './home-layouts';
import { INTRO_PAGES } from './intro-pages';
import { LEGAL_DOCUMENTS } from './legal-documents';
import { COMPONENT_PORTALS, FEATURED_LINKS, MENUS } from './navigation';
import { NEWS_CATEGORIES } from './news-categories';
import { CONTACT_ENTRIES, LEADERS, ORGANISATION_UNITS, POSITIONS } from './organisation';
import { FINANCIAL_REPORTS, INVESTMENT_PROJECTS, PLANS, SCIENCE_PROGRAMMES, STATISTICS } from './plans-and-reports';
import { PUBLIC_SERVICES } from './public-services';

/** Every demo collection, in an order where links only point back to collections seeded earlier. */
export const DEMO_COLLECTIONS: readonly DemoCollection[] = [
  NEWS_CATEGORIES,
  ARTICLES,
  LEGAL_DOCUMENTS,
  DIRECTION_ITEMS,
  GAZETTE_ISSUES,
  ORGANISATION_UNITS,
  POSITIONS,
  LEADERS,
  CONTACT_ENTRIES,
  INTRO_PAGES,
  PUBLIC_SERVICES,
  PLANS,
  INVESTMENT_PROJECTS,
  STATISTICS,
  SCIENCE_PROGRAMMES,
  FINANCIAL_REPORTS,
  DISCLOSURE_ITEMS,
  FEEDBACK_ANSWERS,
  CONSULTATIONS,
  CONSULTATION_COMMENTS,
  ONLINE_DIALOGUES,
  OUTAGE_NOTICES,
  MENUS,
  FEATURED_LINKS,
  COMPONENT_PORTALS,
  HOME_LAYOUTS,
];
