import { readFile } from 'node:fs/promises';

/** What a service unit says about how its process runs: the part a process supervisor needs. */
export interface ServiceCommand {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
}

/**
 * Where the installation's absolute paths are on this machine (`/opt/portal` → the checkout,
 * `/etc/portal/portal.env` → a rendered copy); a path under none of them stays as it is.
 */
export type PathMap = ReadonlyArray<readonly [from: string, to: string]>;

export function mapPath(path: string, paths: PathMap): string {
  for (const [from, to] of paths) {
    if (path === from || path.startsWith(`${from}/`)) return `${to}${path.slice(from.length)}`;
  }
  return path;
}

/** The settings of one section of a unit, each key with its values in order (ExecStart and EnvironmentFile repeat). */
export function unitSettings(unitText: string, wanted = 'Service'): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  let section = '';
  for (const raw of unitText.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    const equals = line.indexOf('=');
    if (section !== wanted || equals < 0) continue;
    const key = line.slice(0, equals).trim();
    settings.set(key, [...(settings.get(key) ?? []), line.slice(equals + 1).trim()]);
  }
  return settings;
}

/** Splits a command line as systemd does for the cases the units use: words, and '…' or "…" quoted words. */
export function splitCommandLine(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) words.push(match[1] ?? match[2] ?? match[3]!);
  return words;
}

/** An EnvironmentFile's assignments (KEY=value lines; later ones win, as in systemd). */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const equals = line.indexOf('=');
    if (equals < 0) throw new Error(`not an assignment in an environment file: ${line}`);
    env[line.slice(0, equals).trim()] = line.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return env;
}

/**
 * The command, working directory and environment a service unit declares, with its paths mapped
 * onto this machine: ExecStart (exactly one), WorkingDirectory, Environment, then every
 * EnvironmentFile in order, overriding Environment as in systemd (a `-` prefixed one may be missing).
 */
export async function serviceCommand(unitFile: string, paths: PathMap): Promise<ServiceCommand> {
  const settings = unitSettings(await readFile(unitFile, 'utf8'));
  const [execStart, ...more] = settings.get('ExecStart') ?? [];
  if (!execStart || more.length > 0) throw new Error(`${unitFile}: expected exactly one ExecStart`);
  const cwd = settings.get('WorkingDirectory')?.at(-1);
  if (!cwd) throw new Error(`${unitFile}: no WorkingDirectory`);
  const env: Record<string, string> = {};
  for (const assignments of settings.get('Environment') ?? []) {
    for (const word of splitCommandLine(assignments)) {
      const equals = word.indexOf('=');
      env[word.slice(0, equals)] = word.slice(equals + 1);
    }
  }
  for (const file of settings.get('EnvironmentFile') ?? []) {
    const optional = file.startsWith('-');
    const path = mapPath(optional ? file.slice(1) : file, paths);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (optional && error.code === 'ENOENT') return '';
      throw new Error(`${unitFile}: EnvironmentFile ${path}: ${error.message}`);
    });
    Object.assign(env, parseEnvironmentFile(text));
  }
  return { argv: splitCommandLine(execStart).map((word) => mapPath(word, paths)), cwd: mapPath(cwd, paths), env };
}
