// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { basePath, catalogStatuses, generatedPaths, meanings, providers, siteOrigin } from './src/catalog/index.ts';
import en from './src/content/i18n/en.json' with { type: 'json' };
import zhCN from './src/content/i18n/zh-CN.json' with { type: 'json' };
import { pagefindRanking } from './src/lib/pagefind-ranking.ts';
import { catalogRedirects, redirectsFile } from './src/lib/redirects.ts';
import { writeFile } from 'node:fs/promises';
import { cspInlineScripts } from './src/integrations/csp-inline-scripts.ts';
import { proseCheck } from './src/integrations/prose-check.ts';
import { searchButtonName } from './src/integrations/search-button-name.ts';

/** Base path the site is served under (`BASE_PATH`, default `/`), with a trailing slash. */
const base = `${basePath}/`;

/** A sidebar label in both languages, from the site's UI strings (translation keys are BCP-47 tags). */
const label = (/** @type {keyof typeof en} */ key) => ({ label: en[key], translations: { 'zh-CN': zhCN[key] } });

/**
 * The sidebar every page starts from: the top-level pages, one link per provider, the meanings and
 * the status hubs. It stays the same size as the catalog grows; on a provider's own pages,
 * src/route-data.ts turns that provider's link into a group of its entries.
 */
const sidebar = [
  { ...label('nav.home'), link: '/' },
  { ...label('nav.allErrors'), link: '/errors/' },
  { ...label('nav.diagnose'), link: '/diagnose/' },
  { ...label('nav.triage'), link: '/guides/triage/' },
  { ...label('nav.retries'), link: '/guides/retries/' },
  { ...label('nav.streams'), link: '/guides/streams/' },
  {
    ...label('nav.providers'),
    collapsed: true,
    items: providers.map((p) => ({
      label: p.name.en,
      translations: { 'zh-CN': p.name['zh-cn'] },
      link: `/providers/${p.id}/`,
    })),
  },
  {
    ...label('nav.byProblem'),
    collapsed: true,
    items: meanings.map((m) => ({
      ...label(/** @type {keyof typeof en} */ (`meaning.${m}`)),
      link: `/problems/${m}/`,
    })),
  },
  {
    ...label('nav.byStatus'),
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
 * `new PagefindUI({...})`. 150 ms still shows results in about half the time stock Starlight takes,
 * and is long enough that brisk typing (a key every 60 ms in `npm run bench`) runs one search, not one
 * per prefix: at 60 ms every prefix's results and their fragments were fetched too, so the first
 * search of `insufficient_quota` took 15 fragments instead of 5 (152 KB against 110 KB at 150 ms).
 */
const searchDebounceMs = 150;
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
  site: siteOrigin,
  base,
  vite: { plugins: [pagefindDebounce, searchButtonName()] },
  redirects,
  prerenderConflictBehavior: 'error',
  // Astro's default (`inlineStylesheets: 'auto'`): Starlight's 65 KB stylesheet stays a file. Inlined
  // into every page it cost ~100 ms of total blocking time on simulated mobile (style and HTML
  // parsing on the main thread), measured against stock Starlight by npm run bench.
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
    proseCheck(),
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
      routeMiddleware: './src/route-data.ts',
      // Starlight's Markdown features (asides, heading anchors) for the reference's prose collections.
      markdown: { processedDirs: ['./content/errors', './content/statuses', './content/providers'] },
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
