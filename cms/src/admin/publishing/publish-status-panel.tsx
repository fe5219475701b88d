import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ItemPublishStatus } from '@portal/contract';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { errorMessage } from '../api-error';
import { ProblemText } from '../components/admin-screen';
import { useAdminIntl } from '../intl/use-admin-intl';
import { sidePanel, type SidePanelBodyProps } from '../side-panel';
import { BuildFailure } from './build-failure';
import { publishStatusMessages } from './publish-status-messages';

const { messages } = publishStatusMessages;

/** While a change is on its way, look again this often: builds take seconds to minutes. */
const POLL_MS = 5_000;

/** Whether the item's latest publish, unpublish or delete is queued, being built, live (with a link) or stuck in a failed build, and why. */
function PublishStatusBody({ model, documentId, locale, updatedAt, publishedAt, notApplicable }: SidePanelBodyProps) {
  const { get } = useFetchClient();
  const [status, setStatus] = useState<ItemPublishStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const load = async () => {
      try {
        const { data } = await get<{ data: ItemPublishStatus }>(`/admin/publishing/items/${model}/${documentId}?locale=${locale}`);
        if (cancelled) return;
        setStatus(data.data);
        setError(null);
        if (data.data.state === 'queued' || data.data.state === 'building') timer = setTimeout(load, POLL_MS);
      } catch (failure: any) {
        if (cancelled) return;
        if (failure?.response?.status === 400) notApplicable();
        else setError(errorMessage(failure));
      }
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // Publishing changes the document's timestamps: look again then.
  }, [model, documentId, locale, updatedAt, publishedAt, reloads, notApplicable]);

  const { text, dateTime } = useAdminIntl();

  const describe = (current: ItemPublishStatus) => {
    if (current.state === 'none') return text(messages.none);
    const since = current.since ? dateTime(current.since) : '';
    if (current.state === 'live') return text(current.action === 'publish' ? messages.live : messages.removed, { since });
    return text(messages[current.state], { since });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="publish-status">
      {error && <ProblemText>{error}</ProblemText>}
      {status && (
        <>
          <Typography tag="p" data-state={status.state}>
            {describe(status)}
          </Typography>
          {status.state === 'live' && status.action === 'publish' && status.portalUrl && (
            <a href={status.portalUrl} target="_blank" rel="noreferrer">
              {text(messages.open)}
            </a>
          )}
          {status.failure && (
            <Box role={status.state === 'failed' ? 'alert' : undefined} color={status.state === 'failed' ? 'danger600' : undefined}>
              {status.state !== 'failed' && <Typography tag="p">{text(messages.portalFailing, { since: dateTime(status.failure.since) })}</Typography>}
              <BuildFailure error={status.failure.error} currentDocumentId={documentId} />
            </Box>
          )}
          <Box>
            <Button variant="secondary" size="S" onClick={() => setReloads(reloads + 1)}>
              {text(messages.refresh)}
            </Button>
          </Box>
        </>
      )}
    </Flex>
  );
}

/** Side panel of the Content Manager's edit view; content that is not on a portal (the API answers 400) gets none. */
export const PublishStatusPanel = sidePanel(messages.title, PublishStatusBody);
