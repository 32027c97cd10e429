/** Checks every internal href, src and #anchor of a built site, as a static host would serve it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributes, distFiles, pathOfFile } from './dist.ts';

/**
 * Broken links in the site built into `dir`, served under `base` (`/` or `/reference/`): links
 * that leave the base path, point at no file, or name an `#anchor` the target page lacks.
 */
export function brokenLinks(dir: string, base = '/'): { pages: number; broken: string[] } {
  const pages = distFiles(dir).filter((f) => f.endsWith('.html'));
  const read = (path: string) => {
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const resolves = (path: string) => {
    const clean = decodeURIComponent(path);
    return clean.endsWith('/')
      ? existsSync(join(dir, clean, 'index.html'))
      : existsSync(join(dir, clean)) || existsSync(join(dir, clean, 'index.html'));
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) ids.set(path, new Set([...(read(path) ?? '').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(path)!;
  };
  const broken: string[] = [];
  for (const file of pages) {
    const html = read(file)!;
    const from = base.replace(/\/$/, '') + pathOfFile(file);
    const links = [
      ...attributes(html, 'a', 'href'),
      ...attributes(html, 'link', 'href'),
      ...attributes(html, 'script', 'src'),
      ...attributes(html, 'img', 'src'),
    ];
    for (const link of links) {
      const url = new URL(link, `http://site.test${from}`);
      if (url.host !== 'site.test') continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${from} → ${link} (outside the base path ${base})`);
        continue;
      }
      const path = '/' + url.pathname.slice(base.length);
      if (!resolves(path)) {
        broken.push(`${from} → ${link} (no such page or file)`);
        continue;
      }
      if (url.hash && url.hash !== '#' && path.endsWith('/')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(path).has(id)) broken.push(`${from} → ${link} (no element with id "${id}")`);
      }
    }
  }
  return { pages: pages.length, broken };
}
