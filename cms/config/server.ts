export default ({ env }: { env: any }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // Behind nginx (infra/nginx) every request comes from 127.0.0.1; the client's address, which the
  // login throttle counts by, is the last X-Forwarded-For entry, the one nginx itself appended.
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: 1 },
  // Media live with the rest of the installation's state, not inside the source tree.
  dirs: { public: env('CMS_PUBLIC_DIR', './public') },
  // Machines here have no internet; the update check would only time out.
  logger: { updates: { enabled: false }, startup: { enabled: false } },
});
