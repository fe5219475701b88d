import { contentType, sortBy } from '../content-type.js';
import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_DISPOSITION_LABELS, feedbackAnswerSchema } from '../feedback.js';

export const feedbackAnswer = contentType({
  id: 'feedback-answer',
  uid: 'api::feedback-answer.feedback-answer',
  field: 'feedbackAnswers',
  schema: feedbackAnswerSchema,
  sort: sortBy('answeredOn', 'desc'),
  privateFields: { senderName: 'a citizen’s name stays in the CMS', senderContact: 'a citizen’s contact stays in the CMS' },
  publishedOnly: {
    disposition: 'a pending item cannot be published (cms/src/validation/feedback-answers.ts)',
    answeredOn: 'required before publishing (cms/src/validation/feedback-answers.ts)',
  },
  deadlines: [
    {
      when: { field: 'disposition', oneOf: ['out_of_scope'] },
      from: ['receivedOn'],
      workingDays: 0,
      metBy: 'answeredOn',
      basis: { vi: 'Đ9 k7: không thuộc phạm vi, thông báo ngay cho người gửi', en: 'Art. 9(7): outside the remit, sender told at once' },
    },
    {
      from: ['receivedOn'],
      workingDays: 15,
      basis: { vi: 'Đ9 k7: trả lời và đăng công khai, 15 ngày làm việc kể từ khi tiếp nhận', en: 'Art. 9(7): answered and published, 15 working days after receipt' },
    },
  ],
  dateOrder: [{ earlier: { name: 'receivedOn', label: 'Ngày tiếp nhận' }, later: { name: 'answeredOn', label: 'Ngày trả lời' }, strictly: false }],
  choiceLabels: [FEEDBACK_CHANNEL_LABELS, FEEDBACK_DISPOSITION_LABELS],
  section: true,
});
