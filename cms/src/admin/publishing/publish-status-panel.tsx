import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ItemPublishStatus } from '@portal/contract';
import { adminLanguage, errorMessage } from '../admin-language';
import { sidePanel, type SidePanelBodyProps } from '../side-panel';
import { BuildFailure } from './build-failure';

const TEXT = {
  vi: {
    none: 'Chưa đăng lên cổng.',
    queued: 'Đang chờ dựng lại cổng, từ',
    building: 'Đang dựng lại cổng, từ',
    live: 'Đã lên cổng lúc',
    removed: 'Đã gỡ khỏi cổng lúc',
    failed: 'Chưa lên được cổng: dựng cổng thất bại từ',
    stillOld: 'Cổng vẫn hiển thị phiên bản trước.',
    portalFailing: 'Lần dựng cổng gần nhất thất bại (từ',
    open: 'Xem trên cổng',
    refresh: 'Cập nhật',
  },
  en: {
    none: 'Not on the portal yet.',
    queued: 'Waiting for the portal to be rebuilt, since',
    building: 'The portal is being rebuilt, since',
    live: 'Live on the portal since',
    removed: 'Taken off the portal at',
    failed: 'Not live: the portal build has been failing since',
    stillOld: 'The portal still shows the previous version.',
    portalFailing: 'The portal’s latest build failed (since',
    open: 'View on the portal',
    refresh: 'Refresh',
  },
} as const;

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

  const lang = adminLanguage();
  const text = TEXT[lang];
  const time = (value: string | null) => (value ? new Date(value).toLocaleString(lang) : '');

  const describe = (current: ItemPublishStatus) => {
    switch (current.state) {
      case 'none':
        return text.none;
      case 'live':
        return `${current.action === 'publish' ? text.live : text.removed} ${time(current.since)}.`;
      case 'failed':
        return `${text.failed} ${time(current.since)}. ${text.stillOld}`;
      default:
        return `${text[current.state]} ${time(current.since)}.`;
    }
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%', fontSize: 13 }} data-testid="publish-status">
      {error && <p role="alert" style={{ color: '#d02b20' }}>{error}</p>}
      {status && (
        <>
          <p data-state={status.state}>{describe(status)}</p>
          {status.state === 'live' && status.action === 'publish' && status.portalUrl && (
            <a href={status.portalUrl} target="_blank" rel="noreferrer">{text.open}</a>
          )}
          {status.failure && (
            <div role={status.state === 'failed' ? 'alert' : undefined} style={{ color: status.state === 'failed' ? '#b72b1a' : undefined }}>
              {status.state !== 'failed' && <p>{text.portalFailing} {time(status.failure.since)}):</p>}
              <BuildFailure error={status.failure.error} currentDocumentId={documentId} />
            </div>
          )}
          <button type="button" onClick={() => setReloads(reloads + 1)} style={{ alignSelf: 'flex-start' }}>{text.refresh}</button>
        </>
      )}
    </div>
  );
}

/** Side panel of the Content Manager's edit view; content that is not on a portal (the API answers 400) gets none. */
export const PublishStatusPanel = sidePanel({ vi: 'Trạng thái trên cổng', en: 'Status on the portal' }, PublishStatusBody);
