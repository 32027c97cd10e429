// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { basePath, catalogStatuses, entries, entryHeading, generatedPaths, providers } from './src/catalog/index.ts';
import { pagefindRanking } from './src/lib/pagefind-ranking.ts';
import { catalogRedirects, redirectsFile } from './src/lib/redirects.ts';
import { writeFile } from 'node:fs/promises';
import { cspInlineScripts } from './src/integrations/csp-inline-scripts.ts';

/** Public origin of the site; canonical, hreflang and sitemap URLs are built from it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** Base path the site is served under (`BASE_PATH`, default `/`), with a trailing slash. */
const base = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/');

const entryLink = (/** @type {import('./src/catalog/index.ts').ErrorEntry} */ e) => ({
  label: e.sdk ? e.title.en : `${e.http} ${e.title.en}`,
  translations: { 'zh-CN': e.sdk ? e.title['zh-cn'] : `${e.http} ${e.title['zh-cn']}` },
  link: `/errors/${e.slug}/`,
  attrs: { title: entryHeading(e, 'en') },
});

/** Most entries a provider's sidebar group lists (today's largest has 30). */
const sidebarEntriesPerProvider = 80;

/** Sidebar grouped by provider, generated from the catalog (translation keys are BCP-47 tags). */
const sidebar = [
  { label: 'Home', translations: { 'zh-CN': '首页' }, link: '/' },
  { label: 'All errors', translations: { 'zh-CN': '全部错误' }, link: '/errors/' },
  { label: 'Diagnose an error', translations: { 'zh-CN': '诊断报错' }, link: '/diagnose/' },
  { label: 'Triage guide', translations: { 'zh-CN': '分诊指南' }, link: '/guides/triage/' },
  { label: 'Retries guide', translations: { 'zh-CN': '重试指南' }, link: '/guides/retries/' },
  ...providers.map((p) => {
    const own = entries.filter((e) => e.provider === p.id);
    const api = own.filter((e) => !e.sdk);
    const sdk = own.filter((e) => e.sdk);
    const overview = { label: 'Overview', translations: { 'zh-CN': '概览' }, link: `/providers/${p.id}/` };
    return {
      label: p.name.en,
      translations: { 'zh-CN': p.name['zh-cn'] },
      collapsed: true,
      // The sidebar is in every page: past a size, the provider page is the index instead, or every
      // page would grow with the catalog and the build would grow with its square.
      items:
        own.length > sidebarEntriesPerProvider
          ? [overview]
          : sdk.length
            ? [
                overview,
                { label: 'API errors', translations: { 'zh-CN': 'API 错误' }, items: api.map(entryLink) },
                { label: 'SDK exceptions', translations: { 'zh-CN': 'SDK 异常类' }, items: sdk.map(entryLink) },
              ]
            : [overview, ...api.map(entryLink)],
    };
  }),
  {
    label: 'By HTTP status',
    translations: { 'zh-CN': '按 HTTP 状态码' },
    collapsed: true,
    items: catalogStatuses.map((s) => ({ label: `HTTP ${s}`, link: `/status/${s}/` })),
  },
];

const generated = new Set(generatedPaths());

// Guessable URLs (a bare status, machine codes, SDK class names), all from the catalog.
// Astro adds the base path to the source of a redirect but not to its destination.
const redirects = Object.fromEntries(catalogRedirects().map((r) => [r.from, basePath + r.to]));

/** Writes the same redirects as `_redirects` (Netlify, Cloudflare Pages) so hosts can answer 301. */
const hostRedirects = {
  name: 'llm-errors:host-redirects',
  hooks: {
    'astro:build:done': async (/** @type {{ dir: URL }} */ { dir }) => {
      await writeFile(new URL('_redirects', dir), redirectsFile());
    },
  },
};

/**
 * Starlight's search modal uses Pagefind UI's default 300 ms debounce and its config schema has no
 * key for it, so this sets `debounceTimeoutMs` in the virtual module Starlight passes to
 * `new PagefindUI({...})`. The search-speed figures of `npm run bench` show the effect.
 */
const searchDebounceMs = 60;
const pagefindDebounce = {
  name: 'llm-errors:pagefind-debounce',
  enforce: /** @type {const} */ ('post'),
  transform(/** @type {string} */ code, /** @type {string} */ id) {
    if (!id.includes('virtual:starlight/pagefind-config')) return;
    const patched = code.replace(
      'export const pagefindUserConfig = {',
      `export const pagefindUserConfig = {"debounceTimeoutMs":${searchDebounceMs},`,
    );
    if (patched === code)
      throw new Error('Starlight changed virtual:starlight/pagefind-config; update pagefindDebounce');
    return patched;
  },
};

export default defineConfig({
  site,
  base,
  vite: { plugins: [pagefindDebounce] },
  redirects,
  prerenderConflictBehavior: 'error',
  // Inline CSS saves the render-blocking round trips of a cold load (measured by npm run bench).
  build: { inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
      ],
      // Starlight's icons and Expressive Code's token colours are style attributes.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Starlight highlights code with Expressive Code; Astro's own Shiki pass is not needed.
  markdown: { syntaxHighlight: false },
  integrations: [
    hostRedirects,
    cspInlineScripts(),
    starlight({
      title: { en: 'LLM API Errors', 'zh-CN': 'LLM API 错误码' },
      description:
        'Every error of the DeepSeek and OpenAI APIs, their SDKs and OpenAI-compatible gateways: whose fault, retry or not, and what to do.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      sidebar,
      pagefind: { ranking: pagefindRanking },
      head: [
        // Runs before the page is drawn: marks that JavaScript runs (CSS then shows the interactive
        // parts from the first paint, with no layout shift), and starts Pagefind (its script,
        // WebAssembly and this language's index) as soon as a person reaches for the search
        // button rather than after their first keystroke; Starlight's search UI later imports the
        // same module URL and gets this instance. Inline, so it costs no request; its CSP hash is
        // added at build time (src/integrations/csp-inline-scripts.ts).
        {
          tag: 'script',
          content: `document.documentElement.dataset.js = '';
let pagefindWarm;
const warmSearch = (event) => {
  if (event.target instanceof Element && event.target.closest('button[data-open-modal]')) {
    // No index exists under \`astro dev\`; the search UI reports that itself.
    pagefindWarm ??= import('${base}pagefind/pagefind.js').then((pagefind) => pagefind.init(), () => {});
  }
};
for (const type of ['pointerover', 'focusin', 'touchstart']) document.addEventListener(type, warmSearch, { passive: true });`,
        },
        // No page has a preview image, so the small card is the honest one.
        { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } },
      ],
      // Our own src/pages/404.astro speaks both languages and links to the status hubs.
      disable404Route: true,
      customCss: ['./src/styles/custom.css'],
      // Long JSON lines wrap instead of scrolling: a scrollable <pre> is not keyboard-focusable (axe).
      expressiveCode: { defaultProps: { wrap: true } },
      plugins: [
        // Markdown links to generated pages are checked over dist/ by the tests instead.
        // Prose links are relative (`../../errors/x/`), so they work under any base path.
        starlightLinksValidator({
          errorOnRelativeLinks: false,
          exclude: ({ link, slug }) =>
            generated.has(
              new URL(link, `http://site/${slug && slug !== 'index' ? `${slug}/` : ''}`).pathname.split('#')[0],
            ),
        }),
      ],
    }),
  ],
});
