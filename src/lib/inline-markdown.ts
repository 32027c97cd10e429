/**
 * Renders the one bit of Markdown the catalog's prose uses — `inline code` — as HTML.
 * Everything else is escaped, so catalog text can never inject markup.
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

export const inlineMarkdown = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The same text with the backticks removed, for `<title>`, descriptions and other plain-text places. */
export const plainText = (text: string) => text.replace(/`([^`]+)`/g, '$1');
