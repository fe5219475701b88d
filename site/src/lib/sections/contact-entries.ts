import type { SectionModule } from './types';

/** Danh bạ: the contact directory of competent officials and offices, as one table. */
export const contactEntries: SectionModule<'contact-entry'> = {
  id: 'contact-entry',
  collection: 'contactEntries',
  path: 'danh-ba/',
  title: (strings) => strings.content.contactDirectory,
  perPage: 100,
  alwaysListed: true,
  listing: {
    style: 'table',
    caption: (strings) => strings.content.contactDirectoryCaption,
    columns: [
      { heading: (s) => s.content.role, cell: (entry) => ({ text: entry.fullName ? `${entry.role}: ${entry.fullName}` : entry.role }) },
      { heading: (s) => s.content.unit, cell: (entry) => ({ text: entry.unit?.name ?? '' }) },
      {
        heading: (s) => s.phone,
        cell: (entry) => ({ text: entry.contact.phone ?? '', href: entry.contact.phone ? `tel:${entry.contact.phone.replace(/[^\d+]/g, '')}` : undefined }),
      },
      { heading: (s) => s.email, cell: (entry) => ({ text: entry.contact.email ?? '', href: entry.contact.email ? `mailto:${entry.contact.email}` : undefined }) },
      { heading: (s) => s.address, cell: (entry) => ({ text: entry.contact.address ?? '' }) },
    ],
  },
};
