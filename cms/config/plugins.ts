import { UPLOAD_MAX_BYTES, UPLOAD_MIME_TYPES } from '@portal/contract';
import { introspectionForCredentialedCallers } from '../src/publishing/graphql-introspection';

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
      // Anonymous callers never get the schema; GRAPHQL_INTROSPECTION=false refuses it to everyone.
      apolloServer: { introspection: env.bool('GRAPHQL_INTROSPECTION', true), plugins: [introspectionForCredentialedCallers] },
    },
  },
});
