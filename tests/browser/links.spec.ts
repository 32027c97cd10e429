/** No broken internal link, asset or #anchor anywhere in the built site, generated pages included. */
import { expect, test } from '@playwright/test';
import { distDir, distFiles, pathOfFile, readPage } from '../support/dist.ts';
import { brokenLinks } from '../support/link-check.ts';

test('every internal URL in dist/ resolves: links, forms, data attributes, JSON, Markdown and llms.txt', () => {
  const { pages, files, broken } = brokenLinks(distDir);
  expect(pages).toBeGreaterThan(100);
  expect(files).toBeGreaterThan(pages * 10);
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
