import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** One request to a server on loopback, naming the host as a browser would (Node does not resolve *.localhost). */
export function get(port: number, host: string, path: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ port, host: '127.0.0.1', path, method, headers: { host }, agent: false, timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
    request.on('error', reject);
    request.end();
  });
}

export interface SecureRequest {
  port: number;
  /** Sent as SNI and Host; the certificate must be valid for it, signed by `ca`. */
  host: string;
  path: string;
  ca: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The address the request comes from (a loopback alias stands for another network). */
  localAddress?: string;
}

/** One HTTPS request to a server on loopback, naming the host in TLS (SNI) and HTTP as a browser would. */
export function getSecure(options: SecureRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { port, host, path, ca, method = 'GET', localAddress } = options;
    const headers = { host, ...options.headers };
    const request = httpsRequest({ port, host: '127.0.0.1', servername: host, ca, path, method, headers, localAddress, agent: false, timeout: 10_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 10 s')));
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Polls until the check passes (a check that throws counts as not yet). */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}

export interface ProbeTarget {
  host: string;
  path: string;
  /** The whole body expected, or a pattern it must match; any 200 answer when omitted. */
  body?: string | RegExp;
}

/**
 * Requests the targets round-robin over `workers` connections until stopped, as readers would,
 * and collects every failed, wrong or slower-than-`slowMs` answer.
 */
export function keepRequesting(port: number, targets: readonly ProbeTarget[], options: { workers?: number; slowMs?: number } = {}) {
  const workers = options.workers ?? 4;
  const problems: string[] = [];
  let answered = 0;
  let stopped = false;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let n = worker; !stopped; n += workers) {
      const target = targets[n % targets.length]!;
      const startedAt = Date.now();
      const answer = await get(port, target.host, target.path).catch((error: Error) => error);
      const elapsed = Date.now() - startedAt;
      answered += 1;
      const where = `${target.host}${target.path}`;
      if (answer instanceof Error) problems.push(`${where}: ${answer.message}`);
      else if (answer.status !== 200 || !matches(answer.body, target.body)) problems.push(`${where}: ${answer.status} ${answer.body.slice(0, 60)}`);
      if (options.slowMs !== undefined && elapsed > options.slowMs) problems.push(`${where}: ${elapsed} ms`);
    }
  });
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return { answered, problems };
    },
  };
}

function matches(body: string, expected: string | RegExp | undefined): boolean {
  if (expected === undefined) return true;
  return typeof expected === 'string' ? body === expected : expected.test(body);
}
