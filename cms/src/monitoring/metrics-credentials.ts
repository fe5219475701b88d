import { isPublisherToken, isSecret } from '../publishing/publisher-credentials';

/** METRICS_TOKEN, when set: a scraper's own secret, so Prometheus need not hold the publisher's. */
export function metricsToken(): string | undefined {
  const token = process.env.METRICS_TOKEN?.trim();
  if (!token) return undefined;
  if (token.length < 32) throw new Error('METRICS_TOKEN must be a random secret of at least 32 characters (or unset)');
  return token;
}

/** The metrics are read with METRICS_TOKEN or the publisher's token. */
export function isMetricsReader(presented: string | undefined): boolean {
  const token = metricsToken();
  return isPublisherToken(presented) || (token !== undefined && isSecret(presented, token));
}
