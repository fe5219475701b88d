import { formats, winston } from '@strapi/logger';

// The publisher polls the outbox every second; logging each request ("http" level) would drown
// everything else. LOG_LEVEL=http brings request logs back when debugging. The transport's level
// keeps that level and everything more severe (errors above all); Strapi's levelFilter would keep
// that one level only and hide every error at the default.
export default ({ env }: { env: any }) => {
  const level = env('LOG_LEVEL', 'info');
  return {
    transports: [
      new winston.transports.Console({
        level,
        format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
      }),
    ],
  };
};
