export default ({ env }: { env: any }) => ({
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
