// The schedules announced for the civil service (cán bộ, công chức, viên chức) for 2025–2027.
//
// Each year the Prime Minister decides, and the ministry in charge announces (Bộ Lao động –
// Thương binh và Xã hội until 2025, Bộ Nội vụ from 2026, sometimes through a letter of Văn phòng
// Chính phủ), which five days are Tết, which day joins 2/9, and which weekdays are swapped for a
// Saturday worked. An entry lists the weekdays off and the weekend days worked of one occasion as
// announced; an occasion with no announcement found says so, and the rules of
// statutory-holidays.ts decide it. Nothing here is inferred: each 'announced' entry carries the
// text it was checked against, and whether that text was a press report of the document or a
// third party citing it (no notice was read first-hand).

import type { IsoDate } from './calendar-date.js';
import type { DayOverride } from './overrides.js';

export type Occasion = 'new-year' | 'tet' | 'hung-kings' | 'reunification-labour' | 'national-day' | 'culture-day';

export interface LegalSource {
  /** Number and type of the document, e.g. "Thông báo số 9441/TB-BNV". */
  document: string;
  issuedBy: string;
  issuedOn: IsoDate;
}

export interface Verification {
  /** The words read, quoted or closely paraphrased. */
  text: string;
  readAt: string;
  /** 'press-report': a government portal or newspaper reporting the document; 'secondary': a third party citing it. */
  kind: 'press-report' | 'secondary';
}

interface ScheduleEntryBase {
  year: number;
  occasion: Occasion;
  note: string;
}

export interface AnnouncedSchedule extends ScheduleEntryBase {
  status: 'announced';
  sources: LegalSource[];
  /** Every weekday the occasion gives off, including those the law fixes. */
  daysOff: IsoDate[];
  /** Saturdays or Sundays worked in exchange for a weekday off. */
  workingDays: IsoDate[];
  verified: Verification[];
}

export interface UnannouncedSchedule extends ScheduleEntryBase {
  /** 'not-yet-announced': not issued when this was compiled; 'not-found': none found, and none is needed when the law's days fall on weekdays. */
  status: 'not-yet-announced' | 'not-found';
}

export type ScheduleEntry = AnnouncedSchedule | UnannouncedSchedule;

export const OCCASION_NAMES: Record<Occasion, string> = {
  'new-year': 'Tết Dương lịch',
  tet: 'Tết Âm lịch',
  'hung-kings': 'Giỗ Tổ Hùng Vương',
  'reunification-labour': 'Ngày Chiến thắng 30/4 và Ngày Quốc tế Lao động 1/5',
  'national-day': 'Quốc khánh',
  'culture-day': 'Ngày Văn hóa Việt Nam',
};

const NOTICE_6150: LegalSource = {
  document: 'Thông báo số 6150/TB-BLĐTBXH',
  issuedBy: 'Bộ Lao động – Thương binh và Xã hội',
  issuedOn: '2024-12-03',
};
const LETTER_8726: LegalSource = {
  document: 'Công văn số 8726/VPCP-KGVX',
  issuedBy: 'Văn phòng Chính phủ',
  issuedOn: '2024-11-26',
};
const NOTICE_9441: LegalSource = { document: 'Thông báo số 9441/TB-BNV', issuedBy: 'Bộ Nội vụ', issuedOn: '2025-10-16' };
const LETTER_10065: LegalSource = {
  document: 'Công văn số 10065/VPCP-KGVX',
  issuedBy: 'Văn phòng Chính phủ',
  issuedOn: '2026-10-02',
};

const HYPER_CALENDAR =
  'github.com/kitsuyui/hyper-calendar: docs/systems/vietnam-holidays.md and crates/hc-holiday/src/countries/asia.rs, whose authors read the notices on government portals on 23–26/09/2026';
const TEN_065_CITED =
  'Three unrelated public GitHub repositories found by full-text search (a hotel-pricing holiday module, a legal-document digest, a Gantt calendar changelog), each citing 10065/VPCP-KGVX of 02/10/2026; no press report of it was found in the archive searched';

export const OFFICIAL_SCHEDULE: readonly ScheduleEntry[] = [
  // ── 2025 ──
  {
    year: 2025,
    occasion: 'new-year',
    status: 'not-found',
    note: 'No swap was found for Wednesday 01/01/2025; the law gives that day alone.',
  },
  {
    year: 2025,
    occasion: 'tet',
    status: 'announced',
    sources: [NOTICE_6150, LETTER_8726],
    daysOff: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    workingDays: [],
    note: 'Nghỉ 9 ngày từ thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025: 05 ngày Tết (28 tháng Chạp Giáp Thìn – mùng 3 Ất Tỵ) và 04 ngày nghỉ hằng tuần.',
    verified: [
      {
        kind: 'press-report',
        readAt: 'https://pld.net.vn/tag/nghi-tet-nguyen-dan.html',
        text: 'Thủ tướng đồng ý đề xuất nghỉ Tết Nguyên đán Ất Tỵ 2025 chín ngày liên tục. Văn phòng Chính phủ vừa có văn bản số 8726/VPCP-KGVX ngày 26/11/2024 truyền đạt ý kiến chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính về việc nghỉ Tết Âm lịch và một số dịp nghỉ lễ trong năm 2025.',
      },
      {
        kind: 'secondary',
        readAt: HYPER_CALENDAR,
        text: 'Thông báo 6150/TB-BLĐTBXH of 3 December 2024 gives civil servants Tết from Saturday 25 January to Sunday 2 February 2025, "05 ngày nghỉ tết Âm lịch và 04 ngày nghỉ hằng tuần" — the five Tết days are Monday 27 to Friday 31 January.',
      },
    ],
  },
  {
    year: 2025,
    occasion: 'hung-kings',
    status: 'not-found',
    note: 'Giỗ Tổ fell on Monday 07/04/2025; no announcement was needed or found.',
  },
  {
    year: 2025,
    occasion: 'reunification-labour',
    status: 'announced',
    sources: [NOTICE_6150],
    daysOff: ['2025-04-30', '2025-05-01', '2025-05-02'],
    workingDays: ['2025-04-26'],
    note: 'Hoán đổi ngày làm việc thứ Sáu 02/5/2025 sang thứ Bảy 26/4/2025: nghỉ 5 ngày từ 30/4 đến hết 04/5/2025, làm bù thứ Bảy 26/4.',
    verified: [
      {
        kind: 'press-report',
        readAt:
          'https://tracuuquyhoach.com/tin-tuc/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-30-4-1-5-2025-51994339 (TTXVN/VietnamPlus)',
        text: 'Năm 2025, công chức, viên chức được hoán đổi ngày làm việc từ thứ Sáu ngày 2/5/2025 sang thứ Bảy ngày 26/4/2025 … nghỉ 5 ngày liên tục từ thứ Tư ngày 30/4/2025 đến hết Chủ nhật ngày 4/5/2025 (làm bù vào thứ Bảy ngày 26/4/2025).',
      },
      {
        kind: 'secondary',
        readAt: HYPER_CALENDAR,
        text: 'It [6150/TB-BLĐTBXH] swaps "từ thứ Sáu ngày 02/5/2025 sang thứ Bảy ngày 26/4/2025".',
      },
    ],
  },
  {
    year: 2025,
    occasion: 'national-day',
    status: 'announced',
    sources: [NOTICE_6150],
    daysOff: ['2025-09-01', '2025-09-02'],
    workingDays: [],
    note: 'Nghỉ từ thứ Bảy 30/8 đến hết thứ Ba 02/9/2025: 02 ngày Quốc khánh (01 và 02/9) và 02 ngày nghỉ hằng tuần.',
    verified: [
      {
        kind: 'press-report',
        readAt: 'https://giadinh.suckhoedoisong.vn/le-quoc-khanh-2-9-2025-duoc-nghi-may-ngay-172250501154904282.htm',
        text: 'Theo Thông báo 6150/TB-BLĐTBXH năm 2024 … Cán bộ, công chức, viên chức được nghỉ dịp lễ Quốc khánh năm 2025 từ thứ Bảy ngày 30/8/2025 đến hết thứ Ba ngày 02/9/2025 Dương lịch. Đợt nghỉ này bao gồm 02 ngày nghỉ lễ Quốc khánh và 02 ngày nghỉ hằng tuần.',
      },
    ],
  },

  // ── 2026 ──
  {
    year: 2026,
    occasion: 'new-year',
    status: 'announced',
    sources: [{ document: 'Công văn số 12729/VPCP-KGVX', issuedBy: 'Văn phòng Chính phủ', issuedOn: '2025-12-25' }],
    daysOff: ['2026-01-01', '2026-01-02'],
    workingDays: ['2026-01-10'],
    note: 'Nghỉ 4 ngày từ thứ Năm 01/01 đến hết Chủ nhật 04/01/2026; hoán đổi ngày làm việc thứ Sáu 02/01 sang thứ Bảy 10/01/2026.',
    verified: [
      {
        kind: 'press-report',
        readAt: 'https://vietnamnet.vn/ban-tin-vietnamnet-26-12-chinh-phu-dong-y-nghi-4-ngay-tet-duong-lich-2026-pre2476040.html',
        text: 'Tại văn bản số 12729 ngày 25/12, Phó Thủ tướng Phạm Thị Thanh Trà đã đồng ý với đề xuất của Bộ Nội vụ … công chức, viên chức được nghỉ 4 ngày liên tục từ thứ Năm (ngày 1/1/2026) đến hết chủ nhật (ngày 4/1/2026); hoán đổi từ ngày làm việc thứ Sáu (ngày 2/1/2026) sang ngày nghỉ hằng tuần thứ Bảy (ngày 10/1/2026).',
      },
    ],
  },
  {
    year: 2026,
    occasion: 'tet',
    status: 'announced',
    sources: [NOTICE_9441],
    daysOff: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    workingDays: [],
    note: 'Nghỉ 9 ngày từ thứ Bảy 14/02 (27 tháng Chạp Ất Tỵ) đến hết Chủ nhật 22/02/2026 (mùng 6 tháng Giêng Bính Ngọ): 05 ngày Tết từ 29 tháng Chạp đến mùng 4 và 04 ngày nghỉ hằng tuần.',
    verified: [
      {
        kind: 'press-report',
        readAt: 'https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm (17/10/2025)',
        text: 'Dịp Tết Nguyên đán Bính Ngọ 2026, cán bộ, công chức được nghỉ 5 ngày liên tục, từ thứ Hai 16/2 đến hết thứ Sáu 20/2/2026, tức từ 29 tháng Chạp năm Ất Tỵ đến mùng 4 Tết Bính Ngọ.',
      },
      {
        kind: 'press-report',
        readAt: 'http://www.congan.com.vn/?catid=702&id=388656&mod=detnews',
        text: 'Công chức, viên chức sẽ nghỉ Tết âm lịch từ thứ Bảy 14/2/2026 (tức 27 tháng Chạp, năm Ất Tỵ) đến hết Chủ nhật 22/2/2026 (tức mùng 6 tháng Giêng, năm Bính Ngọ), tổng cộng 9 ngày liên tục.',
      },
      {
        kind: 'secondary',
        readAt: HYPER_CALENDAR,
        text: 'Thông báo 9441/TB-BNV, 16 October 2025: one day before Tết and four after, 16–20 February.',
      },
    ],
  },
  {
    year: 2026,
    occasion: 'hung-kings',
    status: 'not-found',
    note: 'No announcement: Giỗ Tổ fell on Sunday 26/4/2026 and Art. 111(3) gives Monday 27/4 in lieu, as the rules compute (Thanh Niên, 23/02/2026: "người lao động được nghỉ bù vào thứ hai (ngày 27.4)").',
  },
  {
    year: 2026,
    occasion: 'reunification-labour',
    status: 'announced',
    sources: [{ document: 'Công văn số 3383/BNV-CVL', issuedBy: 'Bộ Nội vụ', issuedOn: '2026-04-10' }],
    daysOff: ['2026-04-30', '2026-05-01'],
    workingDays: [],
    note: 'Không hoán đổi ngày làm việc: nghỉ thứ Năm 30/4 và thứ Sáu 01/5/2026, liền với hai ngày nghỉ hằng tuần.',
    verified: [
      {
        kind: 'secondary',
        readAt: HYPER_CALENDAR,
        text: 'for 2026 … Công văn 3383/BNV-CVL, which says that no swap was made around 30 April.',
      },
      {
        kind: 'press-report',
        readAt: 'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
        text: 'Hai ngày lễ lớn là 30.4 và 1.5 của năm 2026 rơi vào thứ năm và thứ sáu … kỳ nghỉ kéo dài 4 ngày liên tục, từ ngày 30.4 đến hết ngày 3.5.',
      },
    ],
  },
  {
    year: 2026,
    occasion: 'national-day',
    status: 'announced',
    sources: [NOTICE_9441],
    daysOff: ['2026-08-31', '2026-09-01', '2026-09-02'],
    workingDays: ['2026-08-22'],
    note: 'Nghỉ 5 ngày từ thứ Bảy 29/8 đến hết thứ Tư 02/9/2026: Quốc khánh 01 và 02/9, hoán đổi ngày làm việc thứ Hai 31/8 sang thứ Bảy 22/8/2026. The swap was read only in secondary sources.',
    verified: [
      {
        kind: 'secondary',
        readAt: HYPER_CALENDAR,
        text: 'Thông báo 9441/TB-BNV, 16 October 2025: … National Day on 1 and 2 September, and Monday 31 August off for Saturday 22 August.',
      },
      {
        kind: 'secondary',
        readAt: 'A hotel-pricing holiday module in a public GitHub repository found by full-text search',
        text: 'Quốc khánh 2026: nghỉ 5 ngày 29/8–2/9 (hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8).',
      },
      {
        kind: 'press-report',
        readAt: 'https://baomoi.net.vn/tag/T%E1%BA%BFt-%C3%82m-l%E1%BB%8Bch-2026.epi (the proposal, not the decision)',
        text: 'Đề xuất lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026: Công chức, viên chức được nghỉ 9 ngày Tết, 5 ngày lễ 2-9.',
      },
    ],
  },
  {
    year: 2026,
    occasion: 'culture-day',
    status: 'announced',
    sources: [
      { document: 'Nghị quyết số 28/2026/QH16 (Điều 2)', issuedBy: 'Quốc hội', issuedOn: '2026-04-24' },
      LETTER_10065,
    ],
    daysOff: ['2026-11-24'],
    workingDays: [],
    note: 'Nghỉ 01 ngày thứ Ba 24/11/2026, không hoán đổi: a swap (23/11 off, 28/11 worked) was proposed but, per the sources below, not adopted.',
    verified: [
      {
        kind: 'secondary',
        readAt: HYPER_CALENDAR,
        text: 'Nghị quyết 28/2026/QH16 … article 2, "Ngày 24 tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao động được nghỉ làm việc và hưởng nguyên lương" … from 1 July 2026.',
      },
      {
        kind: 'secondary',
        readAt: TEN_065_CITED,
        text: 'Công văn 10065/VPCP-KGVX, issued 2026-10-02, applies one day, 24 November, to the public sector; the proposed 23 November off / 28 November worked is not adopted. — "Ngày Văn hóa Việt Nam năm 2026: nghỉ 1 ngày".',
      },
      {
        kind: 'press-report',
        readAt: 'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm (26/02/2026)',
        text: 'Chính phủ yêu cầu sửa đổi, bổ sung Bộ Luật lao động, quy định Ngày Văn hóa Việt Nam 24/11 người lao động được nghỉ làm hưởng nguyên lương.',
      },
    ],
  },

  // ── 2027 ──
  {
    year: 2027,
    occasion: 'new-year',
    status: 'not-yet-announced',
    note: '01/01/2027 is a Friday; no announcement found.',
  },
  {
    year: 2027,
    occasion: 'tet',
    status: 'announced',
    sources: [LETTER_10065],
    daysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
    workingDays: [],
    note: 'Nghỉ 7 ngày từ thứ Năm 04/02 đến hết thứ Tư 10/02/2027 (mùng 1 Tết Đinh Mùi là thứ Bảy 06/02): 05 ngày Tết và 02 ngày nghỉ bù cho mùng 1, mùng 2 trùng thứ Bảy, Chủ nhật. Read only in secondary sources; the rules give the same days.',
    verified: [
      {
        kind: 'secondary',
        readAt: TEN_065_CITED,
        text: '"Tết Đinh Mùi 2027 nghỉ 04–10/02/2027 (VPCP 10065/VPCP-KGVX ngày 02/10/2026)"; "Tết Âm lịch Đinh Mùi 2027: nghỉ 7 ngày"; "10065/VPCP-KGVX, approved 02/10/2026; includes the two Tet compensatory days".',
      },
    ],
  },
  {
    year: 2027,
    occasion: 'hung-kings',
    status: 'not-yet-announced',
    note: 'Giỗ Tổ falls on Friday 16/04/2027; no announcement found.',
  },
  {
    year: 2027,
    occasion: 'reunification-labour',
    status: 'not-yet-announced',
    note: '30/4/2027 is a Friday and 01/5 a Saturday, made up on Monday 03/5 by Art. 111(3); no announcement found.',
  },
  {
    year: 2027,
    occasion: 'national-day',
    status: 'announced',
    sources: [LETTER_10065],
    daysOff: ['2027-09-02', '2027-09-03'],
    workingDays: [],
    note: 'Nghỉ 4 ngày từ thứ Năm 02/9 đến hết Chủ nhật 05/9/2027 (ngày liền kề: thứ Sáu 03/9). Read only in secondary sources.',
    verified: [
      {
        kind: 'secondary',
        readAt: TEN_065_CITED,
        text: '"Lễ Quốc khánh 2027: nghỉ 4 ngày"; "2/9/2027 nghỉ 02–05/09/2027 (VPCP 10065/VPCP-KGVX ngày 02/10/2026)"; nationalDay: [\'2027-09-03\'].',
      },
    ],
  },
  {
    year: 2027,
    occasion: 'culture-day',
    status: 'not-yet-announced',
    note: '24/11/2027 is a Wednesday; no announcement found.',
  },
];

function reason(entry: AnnouncedSchedule, kind: DayOverride['kind']): string {
  const occasion = `${OCCASION_NAMES[entry.occasion]} ${entry.year}`;
  const documents = entry.sources.map((source) => source.document).join(', ');
  return kind === 'day_off' ? `Nghỉ ${occasion} — ${documents}` : `Làm bù, ${occasion} — ${documents}`;
}

/** The announced days as overrides of the computed calendar. */
export function officialOverrides(schedule: readonly ScheduleEntry[] = OFFICIAL_SCHEDULE): DayOverride[] {
  return schedule.flatMap((entry) =>
    entry.status === 'announced'
      ? [
          ...entry.daysOff.map((date): DayOverride => ({ date, kind: 'day_off', reason: reason(entry, 'day_off') })),
          ...entry.workingDays.map((date): DayOverride => ({ date, kind: 'working_day', reason: reason(entry, 'working_day') })),
        ]
      : [],
  );
}
