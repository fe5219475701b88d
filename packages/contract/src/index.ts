export * from './locales.js';
export * from './tenant.js';
export * from './article.js';
export * from './publish-event.js';
export * from './routing.js';
export * from './release-manifest.js';
