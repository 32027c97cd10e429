/** No broken internal link, asset or #anchor anywhere in the built site, generated pages included. */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { attributes, distDir, distFiles, pathOfFile, readPage } from '../support/dist.ts';

/** The file that answers a site path, as a static host (and `astro preview`) would serve it. */
function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  if (clean.endsWith('/')) return existsSync(join(distDir, clean, 'index.html'));
  return existsSync(join(distDir, clean)) || existsSync(join(distDir, clean, 'index.html'));
}

test('every internal href, src and #anchor in dist/ resolves', () => {
  const pages = distFiles().filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) {
      const html = readPage(path) ?? '';
      ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    return ids.get(path)!;
  };
  const broken: string[] = [];
  for (const file of pages) {
    const html = readPage(file)!;
    const from = pathOfFile(file);
    const links = [
      ...attributes(html, 'a', 'href'),
      ...attributes(html, 'link', 'href'),
      ...attributes(html, 'script', 'src'),
      ...attributes(html, 'img', 'src'),
    ];
    for (const link of links) {
      const url = new URL(link, `http://site.test${from}`);
      if (url.host !== 'site.test') continue;
      if (!resolves(url.pathname)) {
        broken.push(`${from} → ${link} (no such page or file)`);
        continue;
      }
      if (url.hash && url.hash !== '#' && url.pathname.endsWith('/')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(url.pathname).has(id)) broken.push(`${from} → ${link} (no element with id "${id}")`);
      }
    }
  }
  expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
});

test('every page has its other-language twin', () => {
  const pages = distFiles()
    .filter((f) => f.endsWith('/index.html'))
    .map(pathOfFile)
    .filter((p) => !/^\/(zh-cn\/)?errors\/\d{3}\/$/.test(p)); // redirect stubs, checked in the redirect test
  const missing = pages.filter((p) => !readPage(p.startsWith('/zh-cn/') ? p.slice(6) : `/zh-cn${p}`));
  expect(missing).toEqual([]);
});
