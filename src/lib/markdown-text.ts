/** Small pieces of Markdown source for the generated text files (Markdown twins, llms.txt). */

/** Inline code that survives backticks in the value. */
export const code = (value: string) => (value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``);

/** A link whose label may contain brackets. */
export const link = (text: string, url: string) => `[${text.replace(/([[\]])/g, '\\$1')}](${url})`;

/** A paragraph on one line (for list items and block quotes). */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
