import { BY_DISPLAY_ORDER, contentType } from '../content-type.js';
import { atOnce } from '../deadline-rule.js';
import { INTRO_TOPIC_LABELS, introPageSchema } from '../introduction.js';

export const introPage = contentType({
  id: 'intro-page',
  uid: 'api::intro-page.intro-page',
  field: 'introPages',
  schema: introPageSchema,
  sort: BY_DISPLAY_ORDER,
  deadlines: atOnce(),
  core: true,
  translations: { locales: ['en'], when: { field: 'topic', equals: 'functions' } },
  choiceLabels: [INTRO_TOPIC_LABELS],
  section: true,
});
