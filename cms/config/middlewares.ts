/**
 * Browsers may call the CMS with the admin's cookies from its own address and the hosts the
 * operator lists (CORS_ORIGINS, comma-separated origins), never from any page that asks: the
 * admin API answers with credentials, so echoing every Origin would let any site act as a
 * logged-in editor's browser.
 */
function allowedOrigins(env: any): string[] {
  const own = env('PUBLIC_URL', '') ? [new URL(env('PUBLIC_URL')).origin] : [];
  return [...own, ...env.array('CORS_ORIGINS', [])];
}

export default ({ env }: { env: any }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  { name: 'strapi::cors', config: { origin: allowedOrigins(env) } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'global::json-depth',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
