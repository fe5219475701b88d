import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { formatDate, formatTime } from '@portal/contract/dates';
import type { AdminMessage } from './define-messages';

export type AdminLanguage = 'vi' | 'en';

/**
 * What a screen needs to speak the admin panel's language (Strapi's react-intl locale): its
 * messages, the language for names the contract keeps in both languages, and dates as
 * Vietnamese offices write them (dd/mm/yyyy, Vinh Long's time).
 */
export function useAdminIntl() {
  const intl = useIntl();
  const language: AdminLanguage = intl.locale.startsWith('en') ? 'en' : 'vi';
  return {
    language,
    text: (message: AdminMessage, values?: Record<string, string | number>) => intl.formatMessage(message, values),
    /** A message with parts marked up by tags, such as `<b>…</b>`. */
    rich: (message: AdminMessage, values: Record<string, ReactNode | ((parts: ReactNode[]) => ReactNode)>): ReactNode => intl.formatMessage(message, values),
    date: (iso: string) => formatDate(iso, language),
    dateTime: (iso: string) => `${formatDate(iso, language)} ${formatTime(iso, language)}`,
  };
}

export type AdminIntl = ReturnType<typeof useAdminIntl>;
