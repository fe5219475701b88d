import { describe, expect, it } from 'vitest';
import { UPLOAD_MAX_BYTES, uploadProblem } from './uploads.js';

describe('uploadProblem', () => {
  it.each(['Quyết định 810.pdf', 'bao-cao.DOCX', 'so-lieu.xlsx', 'anh.JPEG', 'ban-do.webp', 'to-trinh.odt'])('accepts %s', (name) => {
    expect(uploadProblem({ name, size: 1024 })).toBeUndefined();
  });

  it.each(['setup.exe', 'trang.html', 'logo.svg', 'ho-so.zip', 'README', 'anh.png.exe'])('refuses %s, listing what is allowed', (name) => {
    expect(uploadProblem({ name, size: 1024 })).toEqual({ reason: 'type', message: expect.stringMatching(/not an allowed file type; allowed: PDF, DOC, .*WebP/) });
  });

  it('refuses a file over its type’s limit, naming both sizes', () => {
    expect(uploadProblem({ name: 'anh.png', size: 11 * 1024 * 1024 })).toEqual({ reason: 'size', message: '"anh.png" is 11 MB; PNG files may be at most 10 MB' });
    expect(uploadProblem({ name: 'cong-bao.pdf', size: UPLOAD_MAX_BYTES })).toBeUndefined();
    expect(uploadProblem({ name: 'cong-bao.pdf', size: UPLOAD_MAX_BYTES + 1 })?.message).toMatch(/PDF files may be at most 50 MB/);
  });
});
