/**
 * Checks every internal URL of a built site, as a static host would serve it: in HTML (href, src,
 * form actions, URL-valued data attributes, embedded JSON) and in the generated JSON, Markdown and
 * llms.txt files, whether written as paths or as absolute URLs on the site's own origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributes, decode, distFiles, pathOfFile } from './dist.ts';

/** Where a URL was found, and the URL. */
interface Found {
  from: string;
  url: string;
}

/** The URLs inside a JSON value: absolute ones on the site's origin anywhere, paths under link-like keys. */
function jsonUrls(value: unknown, origin: string, key = ''): string[] {
  if (typeof value === 'string') {
    if (value.startsWith(origin + '/')) return [value];
    return /^(url|href|absolute|[0-9]+)$/.test(key) && /^\/\S*$/.test(value) ? [value] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => jsonUrls(v, origin, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => jsonUrls(v, origin, k === 'hubs' ? 'url' : k));
  return [];
}

/** The URLs of an HTML page: link attributes, URL-valued `data-*` attributes and embedded JSON data. */
function htmlUrls(html: string, origin: string, isNotFoundPage: boolean): string[] {
  const dataUrls = [...html.matchAll(/\sdata-[\w-]+="([^"]*)"/g)]
    .map((m) => decode(m[1]!))
    .filter((v) => /^\/(?!\/)\S*$/.test(v) || v.startsWith(origin + '/'));
  const embedded = [...html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) =>
    jsonUrls(JSON.parse(m[1]!), origin),
  );
  return [
    ...attributes(html, 'a', 'href'),
    // The 404 page's canonical and alternate links name the address that failed, by design.
    ...(isNotFoundPage ? [] : attributes(html, 'link', 'href')),
    ...attributes(html, 'script', 'src'),
    ...attributes(html, 'img', 'src'),
    ...attributes(html, 'form', 'action'),
    ...dataUrls,
    ...embedded,
  ];
}

/** The URLs of a Markdown or plain-text file: link targets and bare URLs on the site's origin. */
const textUrls = (text: string, origin: string) => [
  ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!),
  ...[...text.matchAll(/(?<!\]\()https?:\/\/[^\s)>\]`"]+/g)].map((m) => m[0]).filter((u) => u.startsWith(origin + '/')),
];

/**
 * Broken links in the site built into `dir`, served at `site` under `base` (`/` or `/reference/`):
 * links that leave the base path, point at no file, or name an `#anchor` the target page lacks.
 */
export function brokenLinks(
  dir: string,
  base = '/',
  site = 'http://localhost:4321',
): { pages: number; files: number; broken: string[] } {
  const origin = new URL(site).origin;
  const files = distFiles(dir).filter((f) => !f.startsWith('/pagefind/'));
  const pages = files.filter((f) => f.endsWith('.html'));
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

  const found: Found[] = files.flatMap((file) => {
    const from = base.replace(/\/$/, '') + pathOfFile(file);
    const text = () => readFileSync(join(dir, file), 'utf8');
    const urls = file.endsWith('.html')
      ? htmlUrls(text(), origin, file === '/404.html')
      : file.endsWith('.json')
        ? jsonUrls(JSON.parse(text()), origin)
        : /\.(md|txt)$/.test(file)
          ? textUrls(text(), origin)
          : [];
    return urls.map((url) => ({ from, url }));
  });

  const broken: string[] = [];
  for (const { from, url: link } of found) {
    const url = new URL(link, `${origin}${from}`);
    if (url.origin !== origin) continue;
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
  return { pages: pages.length, files: found.length, broken };
}
