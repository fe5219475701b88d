import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root, found from this package's location (packages/stack/dist or src). */
export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
export const CMS_DIR = resolve(REPO_ROOT, 'cms');
export const SITE_DIR = resolve(REPO_ROOT, 'site');
export const PUBLISHER_CLI = resolve(REPO_ROOT, 'packages/publisher/dist/cli.js');
export const STATIC_SERVER_CLI = resolve(REPO_ROOT, 'packages/static-server/dist/cli.js');
export const STRAPI_CLI = resolve(CMS_DIR, 'node_modules/@strapi/strapi/bin/strapi.js');
export const PREVIEW_SERVER = resolve(SITE_DIR, 'dist/preview/server/entry.mjs');
