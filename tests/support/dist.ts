/** Reading the built site in dist/ (for checks over every page, where a browser would be slow). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every file under a built site (dist/ by default), as site paths (`/errors/deepseek-402/index.html`). */
export function distFiles(root = distDir): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : ['/' + relative(root, full)];
    });
  return walk(root);
}

/** The HTML of a page path (`/errors/x/`), or undefined when it was not built. */
export function readPage(path: string): string | undefined {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The site path a built file answers (`/errors/x/index.html` → `/errors/x/`). */
export const pathOfFile = (file: string) => file.replace(/index\.html$/, '');

/** The value of one attribute of every tag matching `selector` (tag[attr=value]) — enough for Starlight's output. */
export function attributes(html: string, tag: string, attr: string): string[] {
  const values: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}(?![\\w-])[^>]*>`, 'gi'))) {
    const value = m[0].match(new RegExp(`\\s${attr}="([^"]*)"`, 'i'));
    if (value) values.push(decode(value[1]!));
  }
  return values;
}

export const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
