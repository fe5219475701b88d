import { useCallback, useState, type ComponentType } from 'react';
import type { AdminMessage } from './intl/define-messages';
import { useAdminIntl } from './intl/use-admin-intl';

/** What the Content Manager's edit view passes to a side panel. */
interface EditViewPanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string; updatedAt?: string; publishedAt?: string | null };
}

/** What a panel's body receives: the item, and a way to say the panel does not apply to its type. */
export interface SidePanelBodyProps {
  model: string;
  documentId: string;
  locale: string;
  /** Change on save, publish and unpublish: a body reloads when they do. */
  updatedAt?: string;
  publishedAt?: string | null;
  notApplicable: () => void;
}

/**
 * A Content Manager side panel whose state lives in `Body`, a component rendered as the panel's
 * content. Strapi calls a panel as a function and copies what it returns into the edit view after
 * a deep comparison, on an idle callback: state kept in that function reached the screen late or,
 * on a busy page, not at all (a submitted item went on showing "Bản nháp"). A component's own
 * state re-renders it directly.
 */
export function sidePanel(title: AdminMessage, Body: ComponentType<SidePanelBodyProps>) {
  function Panel({ model, documentId, document }: EditViewPanelProps) {
    // The API answers 400 for types a panel does not serve: remember it per type, since the same
    // panel instance stays mounted when the editor moves to an item of another type.
    const [notServed, setNotServed] = useState<string | null>(null);
    const notApplicable = useCallback(() => setNotServed(model), [model]);
    const { text } = useAdminIntl();
    if (!documentId || notServed === model) return null;
    return {
      title: text(title),
      content: (
        <Body
          model={model}
          documentId={documentId}
          locale={document?.locale ?? 'vi'}
          updatedAt={document?.updatedAt}
          publishedAt={document?.publishedAt}
          notApplicable={notApplicable}
        />
      ),
    };
  }
  Panel.displayName = `SidePanel(${Body.displayName ?? Body.name})`;
  return Panel;
}
