import { createHash } from 'node:crypto';
import { LOCALE_TAGS, type Locale, type MediaFile } from '@portal/contract';

/** Photos are shown this wide (CSS pixels) and stored twice as wide for sharp screens. */
export const PHOTO_WIDTH = 240;

const digestOf = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 12);

// Copies of the CMS's uploads go into the release, so the portal serves them when the CMS is down.
/** Where a download is served in the release, below the language root. */
export function downloadPath(file: MediaFile): string {
  const name = file.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'file';
  return `tep/${digestOf(file.url)}/${name}`;
}

/** Where a photo, resized with sharp at build time, is served, below the language root. */
export function photoPath(file: MediaFile): string {
  return `anh/${digestOf(file.url)}.webp`;
}

/** The emblem is shown this tall (CSS pixels) in the header, stored twice as tall. */
export const EMBLEM_SIZE = 56;

/** Where the tenant's emblem, resized with sharp at build time, is served, below the language root. */
export function emblemPath(file: MediaFile): string {
  return `anh/bieu-trung-${digestOf(file.url)}.webp`;
}

/** The photo's shown size, keeping its proportions. */
export function photoSize(file: MediaFile): { width: number; height: number } {
  const height = file.width && file.height ? Math.round((file.height * PHOTO_WIDTH) / file.width) : PHOTO_WIDTH;
  return { width: PHOTO_WIDTH, height };
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** "PDF", "DOCX": the type readers know, from the MIME type or else the name's extension. */
export function fileTypeName(file: MediaFile): string {
  return TYPE_NAMES[file.mime] ?? (file.name.split('.').at(-1) ?? file.mime).toUpperCase();
}

/** The size in the reader's language; Strapi stores it in kilobytes. */
export function fileSizeText(file: MediaFile, locale: Locale): string {
  const format = (value: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  return file.size >= 1024 ? format(file.size / 1024, 'megabyte') : format(Math.max(file.size, 0.1), 'kilobyte');
}
