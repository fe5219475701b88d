import { describe, expect, it } from 'vitest';
import type { OnlineDialogue } from '@portal/contract';
import { onlineDialogues } from '../src/lib/sections/online-dialogues';
import type { SectionContext } from '../src/lib/sections/types';
import { uiStrings } from '../src/lib/ui-strings';

const AT = '2026-12-01T00:00:00.000Z';
const dialogue = (slug: string, startsAt: string, fields: Partial<OnlineDialogue> = {}): OnlineDialogue => ({
  documentId: slug,
  locale: 'vi',
  publishedAt: AT,
  updatedAt: AT,
  title: slug,
  slug,
  hosts: 'Phó Chủ tịch UBND tỉnh (hư cấu)',
  startsAt,
  howToAsk: 'Gửi câu hỏi đến doithoai@example.test',
  dialogueStatus: 'announced',
  questions: [],
  ...fields,
});
const context: SectionContext = { locale: 'vi', strings: uiStrings('vi'), today: '2026-12-07', pathOf: (_section, id) => `doi-thoai-truc-tuyen/${id}/`, articles: [] };

describe('online dialogues', () => {
  const held = dialogue('da-dien-ra', '2026-09-10T02:00:00.000Z', {
    dialogueStatus: 'held',
    questions: [{ question: 'Khi nào có nước máy?', askedBy: 'Trần Văn Hỏi', answer: 'Quý II/2027.', answeredBy: 'Giám đốc Sở' }],
  });
  const later = dialogue('thang-sau', '2027-01-15T02:00:00.000Z');
  const soon = dialogue('tuan-sau', '2026-12-14T02:00:00.000Z');
  const passedWithoutUpdate = dialogue('qua-ngay', '2026-12-01T02:00:00.000Z');

  it('lists upcoming dialogues first, the soonest on top, then past ones latest first', () => {
    expect(onlineDialogues.order!([held, later, passedWithoutUpdate, soon], context).map((item) => item.slug)).toEqual(['tuan-sau', 'thang-sau', 'qua-ngay', 'da-dien-ra']);
  });

  it('tells how to send questions before the dialogue, and shows the questions and answers after it', () => {
    const upcoming = onlineDialogues.detail!.view(soon, context);
    expect(upcoming.badge?.label).toBe('Sắp diễn ra');
    expect(upcoming.facts).toEqual(expect.arrayContaining([{ label: 'Cách gửi câu hỏi', value: 'Gửi câu hỏi đến doithoai@example.test' }]));
    expect(upcoming.facts).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Thời gian', value: '09:00 14/12/2026' })]));

    const past = onlineDialogues.detail!.view(held, context);
    expect(past.badge?.label).toBe('Đã diễn ra');
    expect(past.facts.map((fact) => fact.label)).not.toContain('Cách gửi câu hỏi');
    expect(past.blocks).toEqual([{ heading: 'Khi nào có nước máy? (Trần Văn Hỏi)', markdown: 'Quý II/2027.\n\nCơ quan trả lời: Giám đốc Sở' }]);
    expect(onlineDialogues.detail!.view(passedWithoutUpdate, context).badge?.label).toBe('Đã diễn ra');
  });
});
