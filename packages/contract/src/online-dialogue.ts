import { z } from 'zod';
import { vietnamDateOf } from '@portal/working-days';
import { publishedEntryFields, slugSchema, timestampSchema, type Labels } from './published.js';

/** What the board says of an online dialogue: announced ahead, or held with its questions and answers. */
export const DIALOGUE_STATUSES = ['announced', 'held'] as const;
export type DialogueStatus = (typeof DIALOGUE_STATUSES)[number];
export const DIALOGUE_STATUS_LABELS: Labels<DialogueStatus> = {
  announced: { vi: 'Sắp diễn ra', en: 'Upcoming', km: 'នឹងប្រព្រឹត្តទៅ' },
  held: { vi: 'Đã diễn ra', en: 'Held', km: 'បានប្រព្រឹត្តទៅ' },
};

export const dialogueQuestionSchema = z.object({
  question: z.string().min(1),
  askedBy: z.string().nullish(),
  answer: z.string().nullish(),
  answeredBy: z.string().nullish(),
});
export type DialogueQuestion = z.infer<typeof dialogueQuestionSchema>;

/** An online dialogue of the leaders with citizens (seed 000 Đ2.11), as the portal publishes it. */
export const onlineDialogueSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().nullish(),
  /** The leaders who answer, as the board names them. */
  hosts: z.string().min(1),
  startsAt: timestampSchema,
  /** How and until when citizens may send questions. */
  howToAsk: z.string().nullish(),
  dialogueStatus: z.enum(DIALOGUE_STATUSES),
  questions: z.array(dialogueQuestionSchema),
});
export type OnlineDialogue = z.infer<typeof onlineDialogueSchema>;

/** Still to come on `today` (Việt Nam): announced and not on an earlier day. */
export const isUpcomingDialogue = (dialogue: Pick<OnlineDialogue, 'dialogueStatus' | 'startsAt'>, today: string) =>
  dialogue.dialogueStatus === 'announced' && vietnamDateOf(new Date(dialogue.startsAt)) >= today;

/** Upcoming dialogues first, the soonest on top, then the others latest first. */
export function upcomingDialoguesFirst<Dialogue extends Pick<OnlineDialogue, 'dialogueStatus' | 'startsAt'>>(dialogues: readonly Dialogue[], today: string): Dialogue[] {
  const upcoming = dialogues.filter((dialogue) => isUpcomingDialogue(dialogue, today)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = dialogues.filter((dialogue) => !isUpcomingDialogue(dialogue, today)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return [...upcoming, ...past];
}
