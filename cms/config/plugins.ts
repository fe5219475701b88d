import { UPLOAD_MAX_BYTES, UPLOAD_MIME_TYPES } from '@portal/contract';

export default ({ env }: { env: any }) => ({
  upload: {
    config: {
      // Per-type limits and the allow-list by name are checked first (src/validation/upload-files.ts);
      // these are the plugin's own backstops, the second one sniffing the file's content.
      sizeLimit: UPLOAD_MAX_BYTES,
      security: { allowedTypes: UPLOAD_MIME_TYPES },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // Explicit limits: the site build pages through collections instead of trusting a default.
      defaultLimit: 100,
      maxLimit: 1000,
      depthLimit: 10,
      landingPage: false,
      apolloServer: { introspection: env.bool('GRAPHQL_INTROSPECTION', true) },
    },
  },
});
