import { describe, expect, it } from 'vitest';
import { describePasswordProblems, passwordProblems, type PasswordOwner } from './password-rules.js';

const owner = { email: 'tran.thi.hoa@snv.vinhlong.gov.vn', firstname: 'Hoa', lastname: 'Trần Thị' };
const codes = (password: string, who: PasswordOwner = owner) => passwordProblems(password, who).map((problem) => problem.code);

describe('passwordProblems', () => {
  it('accepts a long password with every character class', () => {
    expect(codes('Ngay-mai-troi-nang-2026')).toEqual([]);
  });

  it('counts characters, not UTF-16 units or bytes, for the minimum length', () => {
    expect(codes('Đường-số-9ạ')).toContain('too-short');
    expect(codes('Đường-số-9ạb')).toEqual([]);
  });

  it('names every missing class at once', () => {
    expect(codes('abcdefghijkl')).toEqual(['missing-uppercase', 'missing-digit', 'missing-symbol']);
    expect(codes('ABCDEFGHIJK1!')).toEqual(['missing-lowercase']);
  });

  it('treats Vietnamese letters as letters, not symbols', () => {
    expect(codes('Đườngphốxanh9')).toEqual(['missing-symbol']);
  });

  it('refuses a password that bcrypt would truncate', () => {
    expect(codes(`A-1${'ệ'.repeat(30)}`)).toContain('too-long');
  });

  it('refuses the name or email in any case, with or without diacritics', () => {
    expect(codes('Xin-chao-TRAN-2026')).toEqual(['contains-identity']);
    expect(codes('Mua-thu-Hòa-2026!')).toEqual(['contains-identity']);
    expect(codes('Mua-thu-HOA-2026!')).toEqual(['contains-identity']);
    expect(codes('Dang-nhap-Thi-99')).toEqual(['contains-identity']);
    expect(codes('Bat-dau-vinhlong-1', { email: 'vinhlong@example.test' })).toEqual(['contains-identity']);
  });

  it('ignores name parts too short to mean anything', () => {
    expect(codes('Mot-ngay-dep-2026', { firstname: 'An', lastname: 'Lê' })).toEqual([]);
  });
});

describe('describePasswordProblems', () => {
  it('gives one message in Vietnamese and English', () => {
    const message = describePasswordProblems(passwordProblems('short', owner));
    expect(message).toMatch(/^Mật khẩu phải có ít nhất 12 ký tự; .* \/ The password needs: at least 12 characters; /);
  });
});
