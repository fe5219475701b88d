import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uploadProblem } from '@portal/contract';

interface ParsedFile {
  originalFilename?: string | null;
  size: number;
}

/**
 * Checks every file of an upload request against the allow-list and size limits before the
 * upload plugin stores any of them. The plugin's own checks (configured in config/plugins.ts,
 * with content sniffing) run per file and skip a bad file among good ones, which would save half
 * a request; here one bad file refuses the whole request, with the reason.
 */
export function registerUploadGuard(strapi: Core.Strapi): void {
  strapi.server.use(async (ctx: any, next: () => Promise<unknown>) => {
    const files = Object.values((ctx.request.files ?? {}) as Record<string, ParsedFile | ParsedFile[]>).flat();
    const problems = files.flatMap((file) => uploadProblem({ name: file.originalFilename ?? '', size: file.size }) ?? []);
    if (problems.length === 0) return next();
    const message = `Not uploaded: ${problems.map((problem) => problem.message).join('; ')}`;
    throw problems.every((problem) => problem.reason === 'size') ? new errors.PayloadTooLargeError(message) : new errors.ValidationError(message);
  });
}
