/**
 * The password rule for every admin account (Quy chế Đ15: strong passwords). Strapi's own rule
 * (8+ characters, upper, lower, digit) is weaker and fixed; this one is checked on every password
 * change. Pure, so the CMS, the admin panel and the installer share it.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** bcrypt ignores everything after 72 bytes: a longer password would be silently truncated. */
export const PASSWORD_MAX_BYTES = 72;
/** Parts of a name or email shorter than this are too common to forbid ("an", "le"). */
const IDENTITY_PART_MIN_LENGTH = 3;

export interface PasswordOwner {
  email?: string | null;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
}

export interface PasswordProblem {
  code: 'too-short' | 'too-long' | 'missing-lowercase' | 'missing-uppercase' | 'missing-digit' | 'missing-symbol' | 'contains-identity';
  vi: string;
  en: string;
}

/** Lower case without diacritics, đ as d: "Nguyễn Văn Đức" and "nguyen van duc" compare equal. */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

function identityParts(owner: PasswordOwner): string[] {
  const [localPart = ''] = (owner.email ?? '').split('@');
  return [localPart, owner.firstname, owner.lastname, owner.username]
    .flatMap((value) => foldForComparison(value ?? '').split(/[^\p{L}\p{N}]+/u))
    .filter((part) => part.length >= IDENTITY_PART_MIN_LENGTH);
}

/** Everything wrong with `password` for this owner; empty when it is acceptable. */
export function passwordProblems(password: string, owner: PasswordOwner): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: 'too-short', vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`, en: `at least ${PASSWORD_MIN_LENGTH} characters` });
  }
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) {
    problems.push({ code: 'too-long', vi: `Mật khẩu dài quá ${PASSWORD_MAX_BYTES} byte`, en: `at most ${PASSWORD_MAX_BYTES} bytes` });
  }
  if (!/\p{Ll}/u.test(password)) problems.push({ code: 'missing-lowercase', vi: 'Mật khẩu phải có chữ thường', en: 'a lower-case letter' });
  if (!/\p{Lu}/u.test(password)) problems.push({ code: 'missing-uppercase', vi: 'Mật khẩu phải có chữ hoa', en: 'an upper-case letter' });
  if (!/\p{N}/u.test(password)) problems.push({ code: 'missing-digit', vi: 'Mật khẩu phải có chữ số', en: 'a digit' });
  if (!/[^\p{L}\p{N}]/u.test(password)) problems.push({ code: 'missing-symbol', vi: 'Mật khẩu phải có ký tự đặc biệt', en: 'a symbol such as - ! @ #' });
  const folded = foldForComparison(password);
  const contained = identityParts(owner).filter((part) => folded.includes(part));
  if (contained.length > 0) {
    problems.push({
      code: 'contains-identity',
      vi: 'Mật khẩu không được chứa tên hoặc email của người dùng',
      en: `must not contain the user's name or email (found "${contained[0]}")`,
    });
  }
  return problems;
}

/** One sentence naming every problem, in Vietnamese then English, for an error message. */
export function describePasswordProblems(problems: readonly PasswordProblem[]): string {
  return `${problems.map((problem) => problem.vi).join('; ')}. / The password needs: ${problems.map((problem) => problem.en).join('; ')}.`;
}
