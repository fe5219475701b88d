import { Box, Flex, Typography } from '@strapi/design-system';
import { contentFaultOf } from '@portal/contract';
import { useAdminIntl } from '../intl/use-admin-intl';
import { buildFailureMessages } from './build-failure-messages';

const { messages } = buildFailureMessages;

/**
 * A failed build's reason for editors: the item and fields it blames when content caused it
 * (with a link to the item), otherwise a plain "technical failure"; the raw text stays one click away.
 */
export function BuildFailure({ error, currentDocumentId }: { error: string; currentDocumentId?: string }) {
  const { text } = useAdminIntl();
  const fault = contentFaultOf(error);
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      {fault ? (
        <>
          <Typography>
            {text(messages.content)}{' '}
            {fault.documentId === currentDocumentId ? (
              <strong>{text(messages.thisItem)}</strong>
            ) : (
              <strong>
                {fault.title ? `“${fault.title}”` : fault.documentId} ({fault.collection}, {fault.locale})
              </strong>
            )}
          </Typography>
          {fault.fields.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {fault.fields.map(({ field, reason }) => (
                <li key={field}>
                  <Typography>
                    {text(messages.field)} <code>{field}</code>: {reason}
                  </Typography>
                </li>
              ))}
            </ul>
          )}
          {fault.contentType && fault.documentId !== currentDocumentId && (
            <a href={`/admin/content-manager/collection-types/${fault.contentType}/${fault.documentId}?plugins[i18n][locale]=${fault.locale}`}>{text(messages.open)}</a>
          )}
        </>
      ) : (
        <Typography>{text(messages.technical)}</Typography>
      )}
      <details>
        <summary>
          <Typography>{text(messages.detail)}</Typography>
        </summary>
        <Box tag="pre" background="neutral100" padding={2} hasRadius style={{ whiteSpace: 'pre-wrap', fontSize: 12, margin: 0 }}>
          {error}
        </Box>
      </details>
    </Flex>
  );
}
