import { LOCALES } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../src/lib/template';
import { UI_STRINGS } from '../src/lib/ui-strings';

type Leaf = [path: string, value: string];
const leaves = (value: object, prefix = ''): Leaf[] =>
  Object.entries(value).flatMap(([key, child]): Leaf[] =>
    typeof child === 'string' ? [[`${prefix}${key}`, child]] : leaves(child as object, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI_STRINGS', () => {
  const reference = leaves(UI_STRINGS.en);

  it.each(LOCALES)('has every string, non-empty, in %s', (locale) => {
    const strings = leaves(UI_STRINGS[locale]);
    expect(strings.map(([path]) => path)).toEqual(reference.map(([path]) => path));
    for (const [path, text] of strings) expect(text.trim(), `${locale}.${path}`).not.toBe('');
  });

  it.each(LOCALES)('uses the same placeholders in %s as in English', (locale) => {
    const byPath = new Map(leaves(UI_STRINGS[locale]));
    for (const [path, english] of reference) expect(placeholders(byPath.get(path)!), `${locale}.${path}`).toEqual(placeholders(english));
  });

  it('writes Khmer in Khmer script', () => {
    const khmer = /[\u1780-\u17FF]/;
    for (const key of ['home', 'articles', 'search', 'skipToContent', 'languageName'] as const) {
      expect(UI_STRINGS.km[key], key).toMatch(khmer);
    }
    expect(UI_STRINGS.km.home).toBe('ទំព័រដើម');
    expect(UI_STRINGS.km.articles).toBe('ព័ត៌មាន');
    expect(UI_STRINGS.km.search).toBe('ស្វែងរក');
    expect(UI_STRINGS.km.skipToContent).toBe('រំលងទៅមាតិកាសំខាន់');
    expect(UI_STRINGS.vi.articles).toBe('Tin tức');
  });
});

describe('fillTemplate', () => {
  it('fills placeholders and refuses unknown ones', () => {
    expect(fillTemplate('Trang {page}/{total}', { page: 2, total: 3 })).toBe('Trang 2/3');
    expect(() => fillTemplate('{missing}', {})).toThrow(/missing/);
  });
});
