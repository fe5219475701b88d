import type { CSSProperties } from 'react';
import { contentFaultOf } from '@portal/contract';
import { adminLanguage } from '../admin-language';

const TEXT = {
  vi: {
    content: 'Nội dung không đạt yêu cầu để đăng lên cổng:',
    thisItem: 'chính mục này',
    field: 'Trường',
    open: 'Mở mục để sửa',
    technical: 'Lỗi kỹ thuật khi dựng cổng, không do nội dung; bộ phận kỹ thuật đã được ghi nhận trong nhật ký.',
    detail: 'Chi tiết kỹ thuật',
  },
  en: {
    content: 'Content that cannot go on the portal:',
    thisItem: 'this very item',
    field: 'Field',
    open: 'Open the item to fix it',
    technical: 'A technical failure of the build, not caused by content; it is in the publisher’s log.',
    detail: 'Technical detail',
  },
} as const;

const pre: CSSProperties = { whiteSpace: 'pre-wrap', fontSize: 12, background: '#f6f6f9', padding: 8, borderRadius: 4, margin: 0 };

/**
 * A failed build's reason for editors: the item and fields it blames when content caused it
 * (with a link to the item), otherwise a plain "technical failure"; the raw text stays one click away.
 */
export function BuildFailure({ error, currentDocumentId }: { error: string; currentDocumentId?: string }) {
  const text = TEXT[adminLanguage()];
  const fault = contentFaultOf(error);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {fault ? (
        <>
          <span>
            {text.content}{' '}
            {fault.documentId === currentDocumentId ? (
              <strong>{text.thisItem}</strong>
            ) : (
              <strong>
                {fault.title ? `“${fault.title}”` : fault.documentId} ({fault.collection}, {fault.locale})
              </strong>
            )}
          </span>
          {fault.fields.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {fault.fields.map(({ field, reason }) => (
                <li key={field}>
                  {text.field} <code>{field}</code>: {reason}
                </li>
              ))}
            </ul>
          )}
          {fault.contentType && fault.documentId !== currentDocumentId && (
            <a href={`/admin/content-manager/collection-types/${fault.contentType}/${fault.documentId}?plugins[i18n][locale]=${fault.locale}`}>{text.open}</a>
          )}
        </>
      ) : (
        <span>{text.technical}</span>
      )}
      <details>
        <summary>{text.detail}</summary>
        <pre style={pre}>{error}</pre>
      </details>
    </div>
  );
}
