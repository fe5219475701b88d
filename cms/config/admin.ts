import { previewOrigins, previewServiceUrl, previewUrlFor } from '../src/preview/preview-url';

export default ({ env }: { env: any }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  // The CMS test runs talk to the admin API only, so they skip the 2 GB admin bundle build.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // Strapi's per-address limit on login requests; the per-account lockout of Quy chế Đ15 is ours
  // (src/account-security) and holds whatever the address.
  rateLimit: { max: env.int('ADMIN_LOGIN_RATE_LIMIT_MAX', 5) },
  autoOpen: false,
  watchIgnoreFiles: ['**/tests/**'],
  flags: { nps: false, promoteEE: false },
  // "Xem trước" opens the item's page as its portal would show it, from the preview service
  // (PORTAL_PREVIEW_URL, its own origin, never a public host), which the admin frames.
  preview: {
    enabled: Boolean(previewServiceUrl()),
    config: {
      allowedOrigins: previewOrigins(),
      handler: (uid: string, params: { documentId?: string; locale?: string | null; status?: string }) => previewUrlFor((globalThis as any).strapi, uid, params),
    },
  },
});
