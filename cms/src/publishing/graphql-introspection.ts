import { errors } from '@strapi/utils';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Whether the parsed query asks for the schema anywhere, fragments included. */
function asksForSchema(document: unknown): boolean {
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || typeof node !== 'object') continue;
    const { kind, name } = node as { kind?: string; name?: { value?: string } };
    if (kind === 'Field' && INTROSPECTION_FIELDS.has(name?.value ?? '')) return true;
    // `loc` links the tokens both ways; every other key leads down the tree.
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') pending.push(child);
  }
  return false;
}

/**
 * An Apollo Server plugin: the schema of the content API is described to callers with
 * credentials (the publisher's token, other API tokens, developers with one) and to nobody
 * anonymous, so a public CMS host does not hand out a map of every collection and field.
 */
export const introspectionForCredentialedCallers = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }: { document: unknown; contextValue: { state?: { auth?: { credentials?: unknown } } } }) {
        if (!contextValue.state?.auth?.credentials && asksForSchema(document)) {
          throw new errors.ForbiddenError('Chỉ mô tả lược đồ GraphQL cho yêu cầu có mã truy cập (API token). / Introspection needs an API token.');
        }
      },
    };
  },
};
