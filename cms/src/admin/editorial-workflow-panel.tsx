import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import {
  EDITORIAL_STATE_NAMES,
  EDITORIAL_TRANSITIONS,
  REJECTION_REASON_NAMES,
  REJECTION_REASONS,
  type EditorialState,
  type EditorialTransition,
  type RejectionReason,
} from '@portal/contract';
import { adminLanguage, errorMessage } from './admin-language';
import { sidePanel, type SidePanelBodyProps } from './side-panel';

const TEXT = {
  vi: { live: 'Đang hiển thị trên cổng', publishAt: 'Xuất bản lúc', changeNote: 'Ghi chú thay đổi', note: 'Ghi chú (không bắt buộc; bắt buộc khi gửi duyệt bản hiệu chỉnh)', reason: 'Lý do từ chối (Điều 11.3)', when: 'Thời điểm xuất bản', mayPublish: 'Bạn có thể xuất bản bằng nút “Xuất bản”.', mayPublishWithoutApproval: 'Bạn có quyền xuất bản ngay, nhưng tin chưa được Ban Biên tập duyệt: nhật ký sẽ ghi nhận việc này.', history: 'Lịch sử', system: 'Hệ thống', withoutApproval: 'không qua Ban Biên tập duyệt' },
  en: { live: 'Live on the portal', publishAt: 'Publishes at', changeNote: 'Change note', note: 'Note (optional; required to submit a correction)', reason: 'Reason for rejection (Article 11.3)', when: 'Publication time', mayPublish: 'You may publish with the “Publish” button.', mayPublishWithoutApproval: 'You may publish now, but the board has not approved this item: the log will say so.', history: 'History', system: 'System', withoutApproval: 'without board approval' },
} as const;


const box: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 8, width: '100%', fontSize: 13 };
const field: CSSProperties = { width: '100%', padding: 6, border: '1px solid #dcdce4', borderRadius: 4, font: 'inherit' };
const button: CSSProperties = { padding: '6px 10px', border: '1px solid #4945ff', borderRadius: 4, background: '#4945ff', color: '#fff', cursor: 'pointer', font: 'inherit' };

interface WorkflowItemView {
  state: EditorialState;
  live: boolean;
  publishAt: string | null;
  changeNote: string | null;
  transitions: EditorialTransition[];
  mayPublish: boolean;
  history: Array<{ id: number; at: string; actorKind: string; actorName: string | null; transition: string; to: EditorialState; reason: RejectionReason | null; note: string | null; withoutApproval: boolean }>;
}

/** Where the item stands, its history, and the steps the current person may take. */
function WorkflowPanelBody({ model, documentId, locale, updatedAt, publishedAt, notApplicable }: SidePanelBodyProps) {
  const { get, post } = useFetchClient();
  const [item, setItem] = useState<WorkflowItemView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<RejectionReason>(REJECTION_REASONS[0]);
  const [publishAt, setPublishAt] = useState('');
  const path = `/editorial-workflow/items/${model}/${documentId}`;

  // A reload started before a step may answer after it, with the state from before the step.
  const newestRequest = useRef(0);

  const load = useCallback(async () => {
    const request = ++newestRequest.current;
    try {
      const { data } = (await get<{ data: WorkflowItemView }>(`${path}?locale=${locale}`)).data;
      if (request !== newestRequest.current) return;
      setItem(data);
      setError(null);
    } catch (failure: any) {
      if (request !== newestRequest.current) return;
      if (failure?.response?.status === 400) notApplicable();
      else setError(errorMessage(failure));
    }
    // The document's timestamps change on save, publish and unpublish: reload then.
  }, [path, locale, updatedAt, publishedAt, notApplicable]);

  useEffect(() => {
    void load();
  }, [load]);

  const lang = adminLanguage();
  const text = TEXT[lang];

  const take = async (transition: EditorialTransition) => {
    try {
      const body = { note, reason, publishAt: publishAt ? new Date(publishAt).toISOString() : undefined };
      const { data } = (await post<{ data: WorkflowItemView }>(`${path}/${transition}?locale=${locale}`, body)).data;
      // The step's answer is the newest state: reloads still on their way are stale.
      newestRequest.current += 1;
      setItem(data);
      setNote('');
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div style={box}>
      {error && <p role="alert" style={{ color: '#d02b20' }}>{error}</p>}
      {item && (
        <>
          <p>
            <strong>{EDITORIAL_STATE_NAMES[item.state][lang]}</strong>
            {item.live && ` · ${text.live}`}
          </p>
          {item.publishAt && <p>{text.publishAt}: {new Date(item.publishAt).toLocaleString(lang)}</p>}
          {item.changeNote && <p>{text.changeNote}: {item.changeNote}</p>}
          {item.mayPublish && <p>{item.state === 'approved' || item.state === 'scheduled' ? text.mayPublish : text.mayPublishWithoutApproval}</p>}
          {item.transitions.includes('reject') && (
            <label>
              {text.reason}
              <select style={field} value={reason} onChange={(event) => setReason(event.target.value as RejectionReason)}>
                {REJECTION_REASONS.map((code) => <option key={code} value={code}>{REJECTION_REASON_NAMES[code][lang]}</option>)}
              </select>
            </label>
          )}
          {item.transitions.includes('schedule') && (
            <label>
              {text.when}
              <input style={field} type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
            </label>
          )}
          {item.transitions.length > 0 && (
            <label>
              {text.note}
              <textarea style={field} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
            </label>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
            {item.transitions.map((transition) => (
              <button key={transition} type="button" style={button} onClick={() => void take(transition)}>
                {EDITORIAL_TRANSITIONS[transition].names[lang]}
              </button>
            ))}
          </div>
          {item.history.length > 0 && (
            <details>
              <summary>{text.history} ({item.history.length})</summary>
              <ol style={{ paddingLeft: 16 }}>
                {item.history.slice().reverse().map((entry) => (
                  <li key={entry.id}>
                    {new Date(entry.at).toLocaleString(lang)} · {entry.actorKind === 'system' ? text.system : entry.actorName} ·{' '}
                    {EDITORIAL_TRANSITIONS[entry.transition as EditorialTransition]?.names[lang] ?? entry.transition} → {EDITORIAL_STATE_NAMES[entry.to][lang]}
                    {entry.withoutApproval && ` (${text.withoutApproval})`}
                    {entry.reason && ` · ${REJECTION_REASON_NAMES[entry.reason][lang]}`}
                    {entry.note && ` · ${entry.note}`}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </div>
  );
}

/** Side panel of the Content Manager's edit view; types outside the workflow (the API answers 400) get none. */
export const EditorialWorkflowPanel = sidePanel({ vi: 'Quy trình duyệt tin', en: 'Editorial approval' }, WorkflowPanelBody);
