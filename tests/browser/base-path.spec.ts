/**
 * The site can be served from any host and sub-path: a build with SITE_URL and BASE_PATH set has
 * every link, canonical URL and redirect under that origin and path.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distFiles } from '../support/dist.ts';
import { brokenLinks } from '../support/link-check.ts';

const site = 'https://errors.example.com';
const base = '/reference/';
let outDir = '';

// One build for the whole file: in parallel, each worker would run its own `beforeAll` build in the
// same project, and two builds at once clobber each other's temporary files in .astro/.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'llm-errors-base-'));
  const build = spawnSync('astro', ['build', '--outDir', outDir], {
    env: { ...process.env, SITE_URL: site, BASE_PATH: base },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
});

test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('a build under /reference/ has no link outside it and none broken, in pages, JSON, Markdown and llms.txt', () => {
  const { pages, files, broken } = brokenLinks(outDir, base, site);
  expect(pages).toBeGreaterThan(100);
  expect(files).toBeGreaterThan(pages * 10);
  expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
});

test('no file of the sub-path build has the base path twice', () => {
  const doubled = `${base}${base.slice(1)}`;
  const files = distFiles(outDir).filter((f) => /\.(html|json|md|txt)$/.test(f) && !f.startsWith('/pagefind/'));
  const offenders = files.filter((f) => readFileSync(join(outDir, f), 'utf8').includes(doubled));
  expect(offenders).toEqual([]);
});

test('canonical URLs, permanent links and host redirects use the configured origin and path', () => {
  const page = readFileSync(join(outDir, 'zh-cn/errors/deepseek-402/index.html'), 'utf8');
  expect(page).toContain(`<link rel="canonical" href="${site}${base}zh-cn/errors/deepseek-402/"`);
  expect(page).toContain(`<code>${site}${base}zh-cn/errors/deepseek-402/</code>`);
  const lookup = JSON.parse(readFileSync(join(outDir, 'lookup/en.json'), 'utf8')) as { entries: { url: string }[] };
  expect(lookup.entries[0]!.url.startsWith(base)).toBe(true);
  expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain(`${base}errors/402/ ${base}status/402/ 301`);
});
