import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_LOG_UID } from './audit-log';
import { EDITORIAL_STATE_UID } from '../workflow/editorial-states';

/** Collections only the workflow itself writes, through the query engine. */
const WORKFLOW_RECORDS = new Set<string>([AUDIT_LOG_UID, EDITORIAL_STATE_UID]);
const READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

const refusal = 'Nhật ký biên tập chỉ được ghi thêm, không thể sửa hay xóa / The editorial audit log is append-only: entries cannot be changed or deleted';

/**
 * Nobody edits the audit log or forges a workflow state: every write through the Document
 * Service (Content Manager, content API, code) is refused, and the database layer refuses to
 * update or delete a log row whatever the caller, so even a query-engine call cannot rewrite it.
 */
export function registerAppendOnlyAuditLog(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (WORKFLOW_RECORDS.has(context.uid) && !READS.has(context.action)) {
      throw new errors.PolicyError(`${refusal} (${context.action})`);
    }
    return next();
  });

  const refuse = () => {
    throw new errors.PolicyError(refusal);
  };
  strapi.db.lifecycles.subscribe({
    models: [AUDIT_LOG_UID],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}
