import { describe, expect, it } from 'vitest';
import { CmsAdminClient } from '@portal/stack';
import { passwordExpired } from '../src/account-security/credential-records';
import { delaySeconds, LoginThrottle } from '../src/account-security/login-throttle';
import { accountPolicySettings } from '../src/account-security/policy-settings';
import { DATABASES, useCms, type CmsUnderTest } from './cms-under-test';

// Short delays so the test can wait one out, and Strapi's own per-address limit out of the way.
// Addresses come from X-Forwarded-For, as behind nginx, so the test can log in from several.
const POLICY_ENV = { LOGIN_FAILURES_BEFORE_DELAY: '3', LOGIN_FIRST_DELAY_SECONDS: '2', ADMIN_LOGIN_RATE_LIMIT_MAX: '1000', TRUST_PROXY: 'true' };
let counter = 0;
const uniqueEmail = () => `bien.tap.${Date.now().toString(36)}${(counter += 1)}@snv.example.test`;
const uniqueAddress = () => `198.51.100.${(counter += 1) % 250}`;

async function invite(cms: CmsUnderTest, email: string, firstname = 'Lan', lastname = 'Nguyễn Thị'): Promise<{ id: number; registrationToken: string }> {
  const roles: Array<{ id: number; code: string }> = (await cms.admin.request('GET', '/admin/roles')).data;
  const editorRole = roles.find((role) => role.code === 'strapi-editor')!;
  return (await cms.admin.request('POST', '/admin/users', { email, firstname, lastname, roles: [editorRole.id] })).data;
}

/** What Strapi answers a refused request with. */
interface RefusalBody {
  error: { message: string };
}

async function register(cms: CmsUnderTest, registrationToken: string, password: string): Promise<Response> {
  return fetch(`${cms.stack.cmsUrl}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken, userInfo: { firstname: 'Lan', lastname: 'Nguyễn Thị', password } }),
  });
}

async function loginAs(cms: CmsUnderTest, email: string, password: string): Promise<CmsAdminClient> {
  const client = new CmsAdminClient(cms.stack.cmsUrl);
  await client.login(email, password);
  return client;
}

async function newEditor(cms: CmsUnderTest, password: string): Promise<{ email: string; id: number; client: CmsAdminClient }> {
  const email = uniqueEmail();
  const client = await cms.admin.createUser({ email, firstname: 'Lan', lastname: 'Nguyễn Thị', password, roleCodes: ['strapi-editor'] });
  const { id } = (await client.request('GET', '/admin/users/me')).data;
  return { email, id, client };
}

const changeOwnPassword = (client: CmsAdminClient, currentPassword: string, password: string) =>
  client.request('PUT', '/admin/users/me', { currentPassword, password });

describe('the password policy (pure rules)', () => {
  it('expires a password after the maximum age or when an administrator asks', () => {
    const settings = { ...accountPolicySettings(), maxPasswordAgeDays: 90 };
    const record = { id: 1, passwordChangedAt: '2026-01-01T00:00:00Z', mustChangePassword: false, recentPasswordHashes: [] };
    expect(passwordExpired(record, settings, new Date('2026-03-31T23:59:00Z'))).toBe(false);
    expect(passwordExpired(record, settings, new Date('2026-04-01T00:00:01Z'))).toBe(true);
    expect(passwordExpired({ ...record, mustChangePassword: true }, settings, new Date('2026-01-02T00:00:00Z'))).toBe(true);
  });

  it('delays attempts after the allowed failures, doubling up to a cap', () => {
    const settings = { ...accountPolicySettings(), firstLoginDelaySeconds: 30, maxLoginDelaySeconds: 600 };
    expect([4, 5, 6, 7, 8, 20].map((failures) => delaySeconds(failures, 5, settings))).toEqual([0, 30, 60, 120, 240, 600]);
  });

  it('delays an email from one address and a whole address, never the email elsewhere, and forgets after a quiet spell', () => {
    const throttle = new LoginThrottle(() => ({ ...accountPolicySettings(), failuresBeforeLoginDelay: 2, firstLoginDelaySeconds: 10, maxLoginDelaySeconds: 100 }));
    const start = 1_000_000;
    throttle.recordFailure('lan@snv.test', '192.0.2.1', start);
    expect(throttle.mustWait('lan@snv.test', '192.0.2.1', start)).toBe(false);
    throttle.recordFailure(' Lan@SNV.test', '192.0.2.1', start);
    expect(throttle.mustWait('lan@snv.test', '192.0.2.1', start + 9_999)).toBe(true);
    expect(throttle.mustWait('lan@snv.test', '192.0.2.1', start + 10_000)).toBe(false);
    expect(throttle.mustWait('lan@snv.test', '192.0.2.2', start)).toBe(false);
    for (let guess = 0; guess < 8; guess += 1) throttle.recordFailure(`nguoi${guess}@snv.test`, '192.0.2.3', start);
    expect(throttle.mustWait('moi@snv.test', '192.0.2.3', start)).toBe(true);
    expect(throttle.mustWait('moi@snv.test', '192.0.2.3', start + 200_001)).toBe(false);
  });
});

describe.each(DATABASES)('admin accounts on %s', (database) => {
  const cms = useCms(database, { env: POLICY_ENV });

  it('refuses a weak password at registration, naming every problem, and keeps the invitation usable', async () => {
    const { registrationToken } = await invite(cms, uniqueEmail());
    const weak = await register(cms, registrationToken, 'Nguyen-2026-abc');
    expect(weak.status).toBe(400);
    expect(((await weak.json()) as RefusalBody).error.message).toMatch(/không được chứa tên hoặc email.*must not contain the user's name or email/);
    const noSymbol = await register(cms, registrationToken, 'Mottramphantram2026');
    expect(((await noSymbol.json()) as RefusalBody).error.message).toMatch(/ký tự đặc biệt/);
    expect((await register(cms, registrationToken, 'Song-Cuu-Long-2026')).status).toBe(200);
  });

  it('ends every session when the password changes, and keeps them when a change is refused', async () => {
    const first = 'Song-Cuu-Long-2026';
    const { email, client } = await newEditor(cms, first);
    const otherDevice = await loginAs(cms, email, first);

    await expect(changeOwnPassword(client, first, 'ngan')).rejects.toThrow(/400/);
    await expect(client.request('GET', '/admin/users/me')).resolves.toBeTruthy();

    await changeOwnPassword(client, first, 'Phu-sa-mien-Tay-7');
    await expect(otherDevice.request('GET', '/admin/users/me')).rejects.toThrow(/401/);
    await expect(loginAs(cms, email, first)).rejects.toThrow(/Invalid credentials/);
    await loginAs(cms, email, 'Phu-sa-mien-Tay-7');
  });

  it('refuses any of the last five passwords, and accepts the sixth-oldest again', async () => {
    const passwords = ['Mua-nuoc-noi-1!', 'Mua-nuoc-noi-2!', 'Mua-nuoc-noi-3!', 'Mua-nuoc-noi-4!', 'Mua-nuoc-noi-5!', 'Mua-nuoc-noi-6!'];
    const { email } = await newEditor(cms, passwords[0]!);
    for (let index = 1; index < passwords.length; index += 1) {
      const client = await loginAs(cms, email, passwords[index - 1]!);
      for (const recent of passwords.slice(Math.max(0, index - 5), index)) {
        await expect(changeOwnPassword(client, passwords[index - 1]!, recent)).rejects.toThrow(/last 5 passwords/);
      }
      await changeOwnPassword(client, passwords[index - 1]!, passwords[index]!);
    }
    const client = await loginAs(cms, email, passwords[5]!);
    await changeOwnPassword(client, passwords[5]!, passwords[0]!);
  });

  /** An admin login from `address`: what the login page would show. */
  async function loginFrom(address: string, email: string, password: string): Promise<string> {
    const response = await fetch(`${cms.stack.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password }),
    });
    return response.ok ? 'logged in' : ((await response.json()) as any).error.message;
  }

  it('delays a guesser’s attempts without keeping the editor out from elsewhere, then lets them in', async () => {
    const password = 'Cau-My-Thuan-2026';
    const { email } = await newEditor(cms, password);
    const [guesser, editorsDesk] = [uniqueAddress(), uniqueAddress()];
    for (const attempt of ['Sai-mat-khau-1', 'Sai-mat-khau-2', 'Sai-mat-khau-3']) expect(await loginFrom(guesser, email, attempt)).toBe('Invalid credentials');
    expect(await loginFrom(guesser, email, password)).toBe('Invalid credentials');
    expect(await loginFrom(editorsDesk, email, password)).toBe('logged in');
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(await loginFrom(guesser, email, password)).toBe('logged in');
    // A success starts the count again: one more failure does not delay.
    expect(await loginFrom(guesser, email, 'Sai-mat-khau-4')).toBe('Invalid credentials');
    expect(await loginFrom(guesser, email, password)).toBe('logged in');
  });

  it('answers an unknown email exactly as a real account, however often', async () => {
    const { email } = await newEditor(cms, 'Cau-Rach-Mieu-2026');
    const answers = async (target: string) => {
      const address = uniqueAddress();
      const seen: string[] = [];
      for (let attempt = 0; attempt < 6; attempt += 1) seen.push(await loginFrom(address, target, `Sai-mat-khau-${attempt}`));
      return seen;
    };
    const known = await answers(email);
    expect(known).toEqual(Array(6).fill('Invalid credentials'));
    expect(await answers('khong.ai@example.test')).toEqual(known);
  });

  it('delays an address guessing many accounts, for every account from there', async () => {
    const password = 'Cau-Co-Chien-2026';
    const { email } = await newEditor(cms, password);
    const sprayer = uniqueAddress();
    for (let attempt = 0; attempt < 12; attempt += 1) await loginFrom(sprayer, uniqueEmail(), 'Mat-khau-pho-bien-1');
    expect(await loginFrom(sprayer, email, password)).toBe('Invalid credentials');
    expect(await loginFrom(uniqueAddress(), email, password)).toBe('logged in');
  });

  it('throttles the password page like the login, with one answer for every refusal', async () => {
    const password = 'Cau-Dinh-Khao-2026';
    const { email } = await newEditor(cms, password);
    const address = uniqueAddress();
    const change = async (target: string, currentPassword: string) => {
      const response = await fetch(`${cms.stack.cmsUrl}/api/account/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email: target, currentPassword, newPassword: 'Cau-Dinh-Khao-2027', confirmation: 'Cau-Dinh-Khao-2027' }),
      });
      return `${response.status} ${((await response.json()) as any).error?.message ?? 'changed'}`;
    };
    const wrong = '400 Email hoặc mật khẩu hiện tại không đúng. / The email or the current password is wrong.';
    expect(await change('khong.ai@example.test', 'Sai-mat-khau-1')).toBe(wrong);
    expect(await change(email, 'Sai-mat-khau-2')).toBe(wrong);
    expect(await change(email, 'Sai-mat-khau-3')).toBe(wrong);
    expect(await change(email, 'Sai-mat-khau-4')).toBe(wrong);
    expect(await change(email, password)).toBe(wrong);
    expect(await loginFrom(uniqueAddress(), email, password)).toBe('logged in');
  });

  it('makes an expired password unusable for login until it is changed on the password page', async () => {
    const password = 'Dua-sap-Cau-Ke-1';
    const { email, id, client } = await newEditor(cms, password);
    await expect(client.request('POST', `/admin/account-security/users/${id}/require-password-change`)).rejects.toThrow(/403/);
    await cms.admin.request('POST', `/admin/account-security/users/${id}/require-password-change`);
    await expect(client.request('GET', '/admin/users/me')).rejects.toThrow(/401/);
    await expect(loginAs(cms, email, password)).rejects.toThrow(/đổi mật khẩu tại \/api\/account\/password.*change it at \/api\/account\/password/);

    const page = await fetch(`${cms.stack.cmsUrl}/api/account/password`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<label for="newPassword">/);

    const submit = (fields: Record<string, string>) =>
      fetch(`${cms.stack.cmsUrl}/api/account/password`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    const wrongCurrent = await submit({ email, currentPassword: 'Khong-phai-1', newPassword: 'Dua-sap-Cau-Ke-2', confirmation: 'Dua-sap-Cau-Ke-2' });
    expect(wrongCurrent.status).toBe(400);
    expect(await wrongCurrent.text()).toMatch(/role="alert".*mật khẩu hiện tại không đúng/s);
    const mismatch = await submit({ email, currentPassword: password, newPassword: 'Dua-sap-Cau-Ke-2', confirmation: 'Dua-sap-Cau-Ke-3' });
    expect(await mismatch.text()).toMatch(/không khớp/);
    const reused = await submit({ email, currentPassword: password, newPassword: password, confirmation: password });
    expect(await reused.text()).toMatch(/last 5 passwords/);
    await expect(loginAs(cms, email, password)).rejects.toThrow(/change it at/);

    const changed = await submit({ email, currentPassword: password, newPassword: 'Dua-sap-Cau-Ke-2', confirmation: 'Dua-sap-Cau-Ke-2' });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toMatch(/Đã đổi mật khẩu/);
    await loginAs(cms, email, 'Dua-sap-Cau-Ke-2');
  });

  it('keeps credential records and other internal collections out of GraphQL', async () => {
    for (const field of ['adminCredentials', 'publishEvents', 'tenantMemberships']) {
      const response = await cms.publisherFetch('/graphql', { method: 'POST', body: JSON.stringify({ query: `{ ${field} { documentId } }` }) });
      expect(((await response.json()) as any).errors?.[0]?.message, field).toMatch(/Cannot query field/);
    }
  });
});
