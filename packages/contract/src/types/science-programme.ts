import { contentType, NEWEST_FIRST } from '../content-type.js';
import { SCIENCE_STAGE_LABELS, scienceProgrammeSchema } from '../plans.js';

export const scienceProgramme = contentType({
  id: 'science-programme',
  uid: 'api::science-programme.science-programme',
  field: 'scienceProgrammes',
  schema: scienceProgrammeSchema,
  sort: NEWEST_FIRST,
  deadlines: [
    {
      from: ['approvedOn', 'acceptedOn'],
      workingDays: 20,
      basis: { vi: 'Đ9 k6: 20 ngày làm việc kể từ khi phê duyệt hoặc nghiệm thu', en: 'Art. 9(6): 20 working days after approval or acceptance' },
    },
  ],
  dateOrder: [{ earlier: { name: 'approvedOn', label: 'Ngày phê duyệt' }, later: { name: 'acceptedOn', label: 'Ngày nghiệm thu' }, strictly: false }],
  fieldLabels: { code: { label: 'Mã số' } },
  choiceLabels: [SCIENCE_STAGE_LABELS],
  section: true,
});
