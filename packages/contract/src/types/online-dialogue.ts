import { contentType, sortBy } from '../content-type.js';
import { DIALOGUE_STATUS_LABELS, onlineDialogueSchema } from '../online-dialogue.js';

export const onlineDialogue = contentType({
  id: 'online-dialogue',
  uid: 'api::online-dialogue.online-dialogue',
  field: 'onlineDialogues',
  schema: onlineDialogueSchema,
  sort: sortBy('startsAt', 'desc'),
  choiceLabels: [DIALOGUE_STATUS_LABELS],
  section: true,
});
