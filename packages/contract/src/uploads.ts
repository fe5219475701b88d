/**
 * The files editors may upload. Every format here opens in a citizen's browser or office suite;
 * executables, scripts, SVG (it can carry scripts) and archives (their content cannot be checked
 * or read online) are refused.
 */
const MB = 1024 * 1024;

export interface UploadRule {
  label: string;
  extensions: readonly string[];
  /** What browsers declare and what content sniffing reports: old Office files sniff as CFB. */
  mimeTypes: readonly string[];
  maxBytes: number;
}

export const UPLOAD_RULES: readonly UploadRule[] = [
  { label: 'PDF', extensions: ['.pdf'], mimeTypes: ['application/pdf'], maxBytes: 50 * MB },
  { label: 'DOC', extensions: ['.doc'], mimeTypes: ['application/msword', 'application/x-cfb'], maxBytes: 20 * MB },
  { label: 'DOCX', extensions: ['.docx'], mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'], maxBytes: 20 * MB },
  { label: 'XLS', extensions: ['.xls'], mimeTypes: ['application/vnd.ms-excel', 'application/x-cfb'], maxBytes: 20 * MB },
  { label: 'XLSX', extensions: ['.xlsx'], mimeTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], maxBytes: 20 * MB },
  { label: 'ODT', extensions: ['.odt'], mimeTypes: ['application/vnd.oasis.opendocument.text'], maxBytes: 20 * MB },
  { label: 'ODS', extensions: ['.ods'], mimeTypes: ['application/vnd.oasis.opendocument.spreadsheet'], maxBytes: 20 * MB },
  { label: 'JPEG', extensions: ['.jpg', '.jpeg'], mimeTypes: ['image/jpeg'], maxBytes: 10 * MB },
  { label: 'PNG', extensions: ['.png'], mimeTypes: ['image/png'], maxBytes: 10 * MB },
  { label: 'WebP', extensions: ['.webp'], mimeTypes: ['image/webp'], maxBytes: 10 * MB },
];

export const UPLOAD_MAX_BYTES = Math.max(...UPLOAD_RULES.map((rule) => rule.maxBytes));
export const UPLOAD_MIME_TYPES = [...new Set(UPLOAD_RULES.flatMap((rule) => rule.mimeTypes))];

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

export interface UploadProblem {
  reason: 'type' | 'size';
  /** Names the file and the rule it breaks. */
  message: string;
}

/** Why a file may not be uploaded; undefined when it may. */
export function uploadProblem(file: { name: string; size: number }): UploadProblem | undefined {
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  const rule = UPLOAD_RULES.find((candidate) => candidate.extensions.includes(extension));
  if (!rule) {
    return { reason: 'type', message: `"${file.name}" is not an allowed file type; allowed: ${UPLOAD_RULES.map((candidate) => candidate.label).join(', ')}` };
  }
  if (file.size > rule.maxBytes) {
    return { reason: 'size', message: `"${file.name}" is ${megabytes(file.size)}; ${rule.label} files may be at most ${megabytes(rule.maxBytes)}` };
  }
  return undefined;
}
