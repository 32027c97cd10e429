/**
 * The Markdown of front-matter sentences (summary, retry, fix steps …), rendered with micromark, the
 * CommonMark parser remark is built on. Raw HTML in the text is escaped, not passed through
 * (micromark's default), so prose can never inject markup. Bodies are rendered by Astro itself.
 */
import { micromark } from 'micromark';

/** A sentence or paragraph as block HTML (`<p>…</p>`, or a list). */
export const markdownHtml = (text: string) => micromark(text);

/** A one-paragraph sentence as inline HTML, for places that already are a block (a cell, an aside). */
export const markdownInline = (text: string) => micromark(text).replace(/^<p>([\s\S]*)<\/p>\n*$/, '$1');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The words alone, for `<title>`, descriptions, copied summaries and other plain-text places. */
export const plainText = (text: string) =>
  micromark(text)
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!)
    .trim();
