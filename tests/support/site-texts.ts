/** Every hand-written text of the site in one language, by the file it lives in (for style tests). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
export const readRepoFile = (path: string) => readFileSync(join(root, path), 'utf8');

const walk = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
  });

const places = {
  en: {
    content: 'en',
    docs: ['src/content/docs/index.mdx', ...walk('src/content/docs/guides')],
    ui: 'src/content/i18n/en.json',
  },
  'zh-cn': { content: 'zh-cn', docs: walk('src/content/docs/zh-cn'), ui: 'src/content/i18n/zh-CN.json' },
} as const;

export function siteTexts(locale: keyof typeof places): [path: string, text: string][] {
  const { content, docs, ui } = places[locale];
  const files = [
    ...['errors', 'statuses', 'providers', 'problems'].flatMap((c) => walk(`content/${c}/${content}`)),
    ...docs,
    ui,
  ];
  return files.map((f) => [f, readRepoFile(f)]);
}

/** The text with code blocks, code spans, URLs and link targets blanked out: prose only. */
export function proseOnly(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/[^\s)"'<>]+/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}
