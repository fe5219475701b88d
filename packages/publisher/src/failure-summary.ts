import { readFile } from 'node:fs/promises';
import { BUILD_ERROR_MAX_LENGTH, END_OF_ERROR_MESSAGE } from '@portal/contract';
import { BuildFailedError } from './tenant-builder.js';

const COLOURS = /\u001b\[[0-9;]*m/g;
const ERROR_START = /\[ERROR\]|\b\w*Error\b:|\[\w*Error\]/;
/**
 * The operating system refusing the build (disk full, read-only or unwritable disk, a rename
 * across filesystems, a disk error, too many open files, no memory): the fix is the machine's,
 * not the content's, and the tool that met it often prints it without any "Error" word, so this
 * line leads wherever it appears.
 */
const SYSTEM_ERROR = /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EXDEV|EIO|EMFILE|ENFILE|ENOMEM): /;
const LOG_PREFIXES = /^(\d{2}:\d{2}:\d{2}\s+)?(\[ERROR\]\s*)?(\[[\w:-]+\]\s*)?/;
const MAX_LINES = 12;
const TAIL_LINES = 8;

/**
 * The part of a build log that says what went wrong: the operating system's refusal if there is
 * one, else the first error message, without its stack trace; or the log's last lines when no
 * line reads as an error.
 */
export function firstMeaningfulLines(log: string): string {
  const lines = log.replace(COLOURS, '').split('\n').map((line) => line.trimEnd());
  const systemError = lines.findIndex((line) => SYSTEM_ERROR.test(line));
  const start = systemError >= 0 ? systemError : lines.findIndex((line) => ERROR_START.test(line));
  if (start < 0) return lines.filter(Boolean).slice(-TAIL_LINES).join('\n');
  const message: string[] = [];
  for (const line of lines.slice(start)) {
    if (message.length > 0 && END_OF_ERROR_MESSAGE.test(line)) break;
    if (line.trim()) message.push(message.length === 0 ? line.trim().replace(LOG_PREFIXES, '') : line);
    if (message.length === MAX_LINES) break;
  }
  return message.join('\n');
}

/** What the CMS records about a failed build: what the log says went wrong, then how the build ended. */
export async function failureReport(error: unknown): Promise<string> {
  const outcome = error instanceof Error ? error.message : String(error);
  if (!(error instanceof BuildFailedError)) return outcome.slice(0, BUILD_ERROR_MAX_LENGTH);
  const log = await readFile(error.logFile, 'utf8').catch(() => '');
  const cause = firstMeaningfulLines(log);
  const ending = `\n(${outcome})`;
  return cause ? `${cause.slice(0, BUILD_ERROR_MAX_LENGTH - ending.length)}${ending}` : outcome.slice(0, BUILD_ERROR_MAX_LENGTH);
}
