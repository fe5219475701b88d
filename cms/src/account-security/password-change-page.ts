import { PASSWORD_MIN_LENGTH } from '@portal/contract';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export type PasswordPageOutcome = { kind: 'form' } | { kind: 'changed' } | { kind: 'refused'; message: string; email?: string };

/**
 * The one page of the CMS outside the admin panel: an editor whose password expired cannot log
 * in, so this plain form (no JavaScript, works on any browser) is where they set a new one.
 */
export function passwordChangePage(outcome: PasswordPageOutcome): string {
  const status =
    outcome.kind === 'changed'
      ? '<p role="status"><strong>Đã đổi mật khẩu.</strong> Hãy đăng nhập lại tại <a href="/admin">/admin</a>. / Password changed: log in again at <a href="/admin">/admin</a>.</p>'
      : outcome.kind === 'refused'
        ? `<div role="alert"><p><strong>Chưa đổi được mật khẩu. / The password was not changed.</strong></p><p>${escapeHtml(outcome.message)}</p></div>`
        : '';
  const email = outcome.kind === 'refused' && outcome.email ? escapeHtml(outcome.email) : '';
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Đổi mật khẩu – Change password</title></head>
<body>
<main>
<h1>Đổi mật khẩu <span lang="en">/ Change password</span></h1>
${status}
<p>Mật khẩu mới: ít nhất ${PASSWORD_MIN_LENGTH} ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt, không chứa tên hoặc email của bạn, khác 5 mật khẩu gần nhất. <span lang="en">New password: at least ${PASSWORD_MIN_LENGTH} characters with upper and lower case, a digit and a symbol, without your name or email, different from your last 5.</span></p>
<form method="post" action="">
<p><label for="email">Email</label><br><input id="email" name="email" type="email" autocomplete="username" required value="${email}"></p>
<p><label for="currentPassword">Mật khẩu hiện tại / Current password</label><br><input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password" required></p>
<p><label for="newPassword">Mật khẩu mới / New password</label><br><input id="newPassword" name="newPassword" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" required></p>
<p><label for="confirmation">Nhập lại mật khẩu mới / Repeat the new password</label><br><input id="confirmation" name="confirmation" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" required></p>
<p><button type="submit">Đổi mật khẩu / Change password</button></p>
</form>
</main>
</body>
</html>
`;
}
