import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
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
import { errorMessage } from './api-error';
import { ProblemText } from './components/admin-screen';
import { editorialWorkflowMessages } from './editorial-workflow-messages';
import { useAdminIntl } from './intl/use-admin-intl';
import { sidePanel, type SidePanelBodyProps } from './side-panel';

const { messages } = editorialWorkflowMessages;

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
  const path = `/admin/editorial-workflow/items/${model}/${documentId}`;

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

  const { language: lang, text, dateTime } = useAdminIntl();

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
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="editorial-workflow">
      {error && <ProblemText>{error}</ProblemText>}
      {item && (
        <>
          <Typography tag="p">
            <strong>{EDITORIAL_STATE_NAMES[item.state][lang]}</strong>
            {item.live && ` · ${text(messages.live)}`}
          </Typography>
          {item.publishAt && <Typography tag="p">{text(messages.publishAt, { when: dateTime(item.publishAt) })}</Typography>}
          {item.changeNote && <Typography tag="p">{text(messages.changeNote, { note: item.changeNote })}</Typography>}
          {item.mayPublish && <Typography tag="p">{text(item.state === 'approved' || item.state === 'scheduled' ? messages.mayPublish : messages.mayPublishWithoutApproval)}</Typography>}
          {item.transitions.includes('reject') && (
            <Field.Root name="reason">
              <Field.Label>{text(messages.reason)}</Field.Label>
              <SingleSelect value={reason} onChange={(value) => setReason(value as RejectionReason)}>
                {REJECTION_REASONS.map((code) => (
                  <SingleSelectOption key={code} value={code}>
                    {REJECTION_REASON_NAMES[code][lang]}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          )}
          {item.transitions.includes('schedule') && (
            <Field.Root name="publishAt">
              <Field.Label>{text(messages.when)}</Field.Label>
              <TextInput type="datetime-local" value={publishAt} onChange={(event: ChangeEvent<HTMLInputElement>) => setPublishAt(event.target.value)} />
            </Field.Root>
          )}
          {item.transitions.length > 0 && (
            <Field.Root name="note">
              <Field.Label>{text(messages.note)}</Field.Label>
              <Textarea rows={2} value={note} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
            </Field.Root>
          )}
          <Flex wrap="wrap" gap={2}>
            {item.transitions.map((transition) => (
              <Button key={transition} size="S" onClick={() => void take(transition)}>
                {EDITORIAL_TRANSITIONS[transition].names[lang]}
              </Button>
            ))}
          </Flex>
          {item.history.length > 0 && (
            <details>
              <summary>
                <Typography>{text(messages.history, { count: item.history.length })}</Typography>
              </summary>
              <ol style={{ paddingLeft: 16 }}>
                {item.history
                  .slice()
                  .reverse()
                  .map((entry) => (
                    <li key={entry.id}>
                      <Typography>
                        {dateTime(entry.at)} · {entry.actorKind === 'system' ? text(messages.system) : entry.actorName} ·{' '}
                        {EDITORIAL_TRANSITIONS[entry.transition as EditorialTransition]?.names[lang] ?? entry.transition} → {EDITORIAL_STATE_NAMES[entry.to][lang]}
                        {entry.withoutApproval && ` (${text(messages.withoutApproval)})`}
                        {entry.reason && ` · ${REJECTION_REASON_NAMES[entry.reason][lang]}`}
                        {entry.note && ` · ${entry.note}`}
                      </Typography>
                    </li>
                  ))}
              </ol>
            </details>
          )}
        </>
      )}
    </Flex>
  );
}

/** Side panel of the Content Manager's edit view; types outside the workflow (the API answers 400) gets none. */
export const EditorialWorkflowPanel = sidePanel(messages.title, WorkflowPanelBody);
