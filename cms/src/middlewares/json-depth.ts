import { errors } from '@strapi/utils';

/** Far deeper than any content of the portals (rich text lists in components in dynamic zones). */
const MAX_JSON_DEPTH = 64;

/** Measured without recursion, so a body built to overflow the stack cannot overflow this. */
function depthExceeds(value: unknown, limit: number): boolean {
  const pending: Array<[value: unknown, depth: number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (!current || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses a request body nested deeper than any real content, right after parsing: Strapi's
 * recursive validation and sanitising would otherwise overflow the stack and answer 500.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  if (depthExceeds(ctx.request.body, MAX_JSON_DEPTH)) {
    throw new errors.ValidationError(`Nội dung gửi lên lồng quá ${MAX_JSON_DEPTH} cấp. / The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  await next();
};
