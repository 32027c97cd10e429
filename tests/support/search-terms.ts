/**
 * The words a search engine like Pagefind matches a text on, approximately: split at punctuation,
 * underscores and camelCase humps, lower-cased, English plurals and past tenses folded to one stem
 * (Pagefind stems English words: https://pagefind.app/docs/multilingual/), Chinese segmented into
 * words. A template placeholder (Zhipu's `Invalid ${field} parameter`) is no word anyone types. Used by the search tests to tell a wrong first result from one that shares every word of
 * the query with the right one.
 */
import { langTag, type Locale } from '../../src/catalog/index.ts';

const stem = (word: string) => (word.length > 4 ? word.replace(/(?:ies|es|ed|ing|s)$/, '') : word);

export function searchTerms(text: string, locale: Locale): Set<string> {
  const humps = text
    .replace(/\$\{[^}]*\}/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  const segmenter = new Intl.Segmenter(langTag[locale], { granularity: 'word' });
  const words = [...segmenter.segment(humps)]
    .filter((s) => s.isWordLike)
    .flatMap((s) => s.segment.split('_'))
    .filter((w) => w !== '')
    .map((w) => stem(w.toLowerCase()));
  return new Set(words);
}
