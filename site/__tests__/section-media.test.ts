import { describe, expect, it } from 'vitest';
import { downloadPath, fileSizeText, fileTypeName, photoSize } from '../src/lib/sections/media';
import { pathKey } from '../src/lib/sections/path-key';

const file = (overrides = {}) => ({ url: '/uploads/a_1.pdf', name: 'Quyết định 20.pdf', mime: 'application/pdf', size: 812.4, width: null, height: null, ...overrides });

describe('downloads', () => {
  it('names the file type and size in the reader’s language', () => {
    expect(fileTypeName(file())).toBe('PDF');
    expect(fileTypeName(file({ mime: 'application/x-unknown', name: 'bang.ods' }))).toBe('ODS');
    expect(fileSizeText(file(), 'en')).toBe('812.4 kB');
    expect(fileSizeText(file({ size: 2048 }), 'vi')).toBe('2 MB');
  });

  it('serves each upload at a stable, path-safe address of the release', () => {
    expect(downloadPath(file())).toMatch(/^tep\/[0-9a-f]{12}\/Quyet-dinh-20\.pdf$/);
    expect(downloadPath(file())).toBe(downloadPath(file()));
    expect(downloadPath(file({ url: '/uploads/b.pdf' }))).not.toBe(downloadPath(file()));
  });

  it('keeps a photo’s proportions', () => {
    expect(photoSize(file({ width: 800, height: 1000 }))).toEqual({ width: 240, height: 300 });
  });
});

describe('pathKey', () => {
  it('makes Vietnamese text a readable path segment and other scripts a stable digest', () => {
    expect(pathKey('Ủy ban nhân dân tỉnh Vĩnh Long')).toBe('uy-ban-nhan-dan-tinh-vinh-long');
    expect(pathKey('Sở Nội vụ, Đồng Tháp')).toBe('so-noi-vu-dong-thap');
    expect(pathKey('គណៈកម្មាធិការប្រជាជនខេត្ត')).toMatch(/^k-[0-9a-f]{10}$/);
    expect(pathKey('គណៈកម្មាធិការប្រជាជនខេត្ត')).toBe(pathKey('គណៈកម្មាធិការប្រជាជនខេត្ត'));
  });
});
