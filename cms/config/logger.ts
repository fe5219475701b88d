import { formats, winston } from '@strapi/logger';

// The publisher polls the outbox every second; logging each request ("http" level) would drown
// everything else. LOG_LEVEL=http brings request logs back when debugging.
export default ({ env }: { env: any }) => {
  const level = env('LOG_LEVEL', 'info');
  return {
    transports: [
      new winston.transports.Console({
        level,
        format: winston.format.combine(formats.levelFilter(level), formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
      }),
    ],
  };
};
