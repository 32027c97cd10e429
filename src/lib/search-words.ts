import { langTag, type Locale } from '../catalog/index.ts';

/**
 * A phrase split into the words a search engine sees, joined by spaces. Pagefind segments Chinese
 * queries into words in the browser but stores metadata values as written, so `余额不足` in a
 * metadata field only matches the query `余额不足` once it is stored as `余额 不足`.
 */
export function searchWords(text: string, locale: Locale): string {
  const segmenter = new Intl.Segmenter(langTag[locale], { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}
