import { describe, expect, it } from 'vitest';
import { pageMetadata, type MetaTag } from '../src/layouts/page-metadata';
import { SNV } from './fixtures';

const [vi] = SNV.sites;
const identity = {
  locale: 'vi' as const,
  site: vi!,
  title: 'Thông báo – Sở Nội vụ',
  canonical: 'https://snv.vinhlong.gov.vn/tin-tuc/thong-bao/',
  otherLocales: ['en', 'km'] as const,
  lastModified: '2026-03-04T05:06:07.000Z',
  builtAt: '2026-05-06T07:08:09.000Z',
};
const values = (tags: MetaTag[], key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content);

describe('pageMetadata', () => {
  it('writes every Dublin Core element TT 24/2011 requires, from what the page knows', () => {
    const tags = pageMetadata(identity, {
      description: 'Kế hoạch tuyển dụng',
      creator: 'Phòng Tổ chức',
      published: '2026-02-01T08:00:00+07:00',
      subjects: ['Tuyển dụng', 'Công chức'],
    });
    expect(values(tags, 'DC.title')).toEqual(['Thông báo – Sở Nội vụ']);
    expect(values(tags, 'DC.creator')).toEqual(['Phòng Tổ chức']);
    expect(values(tags, 'DC.date')).toEqual(['2026-02-01']);
    expect(values(tags, 'DC.description')).toEqual(['Kế hoạch tuyển dụng']);
    expect(values(tags, 'DC.publisher')).toEqual(['Sở Nội vụ']);
    expect(values(tags, 'DC.identifier')).toEqual([identity.canonical]);
    expect(values(tags, 'DC.language')).toEqual(['vi-VN']);
    expect(values(tags, 'DC.subject')).toEqual(['Tuyển dụng', 'Công chức']);
    expect(tags.every((tag) => (tag.key.startsWith('DC.') ? tag.attribute === 'name' : tag.attribute === 'property'))).toBe(true);
  });

  it('falls back to the unit, the title and the plan’s last change, and leaves out what nobody knows', () => {
    const tags = pageMetadata({ ...identity, canonical: undefined, lastModified: undefined }, {});
    expect(values(tags, 'DC.creator')).toEqual(['Sở Nội vụ']);
    expect(values(tags, 'DC.description')).toEqual([identity.title]);
    expect(values(tags, 'DC.date')).toEqual(['2026-05-06']);
    expect(values(tags, 'DC.identifier')).toEqual([]);
    expect(values(tags, 'og:url')).toEqual([]);
    expect(values(pageMetadata(identity, {}), 'DC.date')).toEqual(['2026-03-04']);
  });

  it('writes Open Graph for sharing, with an absolute image address and article times', () => {
    const tags = pageMetadata(identity, {
      type: 'article',
      published: '2026-02-01T08:00:00+07:00',
      modified: '2026-02-02T08:00:00+07:00',
      image: { url: '/tep/anh.jpg', alt: 'Ảnh hội nghị' },
    });
    expect(values(tags, 'og:type')).toEqual(['article']);
    expect(values(tags, 'og:locale')).toEqual(['vi_VN']);
    expect(values(tags, 'og:locale:alternate')).toEqual(['en_US', 'km_KH']);
    expect(values(tags, 'og:image')).toEqual(['https://snv.vinhlong.gov.vn/tep/anh.jpg']);
    expect(values(tags, 'og:image:alt')).toEqual(['Ảnh hội nghị']);
    expect(values(tags, 'article:published_time')).toEqual(['2026-02-01T08:00:00+07:00']);
    expect(values(pageMetadata(identity, {}), 'og:type')).toEqual(['website']);
  });
});
