import type { TranslationLocale } from '@portal/contract';

// The shape of every demo data module. All organisations, people, documents and events in the
// demo are fictional; texts say so with "(hư cấu)" or "(minh họa)".

export type Fields = Record<string, unknown>;

/** A file under src/demo/images or src/demo/documents, uploaded once by the seed and referenced by name. */
export interface DemoFile {
  demoFile: string;
}
export const demoFile = (name: string): DemoFile => ({ demoFile: name });

/** A relation inside a component (a home block's category) to an earlier demo entry, by its key. */
export interface DemoEntryRef {
  demoEntry: string;
}
export const demoEntry = (key: string): DemoEntryRef => ({ demoEntry: key });

export interface DemoEntry {
  /** How other entries refer to this one in `links`. */
  key?: string;
  /** The portal the entry belongs to; absent for province-wide data. */
  tenant?: string;
  /** Fields that are the same in every language. */
  shared?: Fields;
  /** Fields per language of a translated type: Vietnamese always, the others where translated. */
  text?: { vi: Fields } & Partial<Record<TranslationLocale, Fields>>;
  /** Relations to other demo entries, by key. */
  links?: Record<string, string | readonly string[]>;
  /** Left unpublished, as work in progress the board's dashboard shows (feedback not answered yet). */
  draftOnly?: boolean;
}

/** The demo entries of one content type, seeded in order, so an entry may link to earlier ones. */
export interface DemoCollection {
  uid: string;
  entries: readonly DemoEntry[];
}
