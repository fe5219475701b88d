import { describe, expect, it } from 'vitest';
import { movedPath } from './moved-paths.js';

describe('movedPath', () => {
  it('moves the old news addresses to tin-tuc/, keeping the rest of the path', () => {
    expect(movedPath('articles/')).toBe('tin-tuc/');
    expect(movedPath('articles')).toBe('tin-tuc/');
    expect(movedPath('articles/2/')).toBe('tin-tuc/2/');
    expect(movedPath('articles/tin-a/')).toBe('tin-tuc/tin-a/');
    expect(movedPath('articles/rss.xml')).toBe('tin-tuc/rss.xml');
  });

  it('leaves every other path where it is', () => {
    for (const path of ['', 'tin-tuc/', 'van-ban/articles/', 'articles-old/', 'search/']) expect(movedPath(path), path).toBeUndefined();
  });
});
