import type { CmsUnderTest } from './cms-under-test';

export interface UploadFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * Uploads files through the media library's admin endpoint, as the admin panel does. The admin
 * client speaks JSON only, so this logs in itself (once: admin logins are rate-limited).
 */
export function adminUploader(cms: CmsUnderTest): (files: UploadFile[]) => Promise<{ status: number; body: any }> {
  let token: Promise<string> | undefined;
  const login = async () => {
    const response = await fetch(`${cms.stack.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: cms.stack.secrets.ADMIN_EMAIL, password: cms.stack.secrets.ADMIN_PASSWORD }),
    });
    return ((await response.json()) as { data: { token: string } }).data.token;
  };
  return async (files) => {
    token ??= login();
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([file.bytes], { type: file.type }), file.name);
    const response = await fetch(`${cms.stack.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${await token}` }, body: form });
    return { status: response.status, body: await response.json() };
  };
}
