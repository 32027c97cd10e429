/**
 * How the build grows with the catalog: copies the project into a temporary folder inside it
 * (node_modules hard-linked), adds a synthetic catalog of N× today's entries (records and their
 * Markdown), builds it, and reports build time, page count, dist/ size, Pagefind index size, the
 * compressed size of one entry page's HTML and of the quick lookup's index; `measure` may take
 * figures from the built dist/ before the folder is removed.
 */
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entries, entryBySlug } from '../../src/catalog/index.ts';
import type { ErrorEntry } from '../../src/catalog/types.ts';
import { catalogRedirects } from '../../src/lib/redirects.ts';

export interface ScaleResult {
  scale: number;
  entries: number;
  /** HTML pages, redirect stubs excluded (see redirectStubs). */
  pages: number;
  redirectStubs: number;
  buildSeconds: number;
  /** Everything in dist/ but the redirect stubs. */
  distMB: number;
  pagefindMB: number;
  /** Gzip-compressed bytes of /errors/deepseek-402/index.html. */
  entryPageGzipBytes: number;
  /** Gzip-compressed KB of the quick lookup's English index. */
  lookupKB: number;
}

const sizeOf = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    const stat = statSync(full);
    return sum + (stat.isDirectory() ? sizeOf(full) : stat.size);
  }, 0);
/**
 * The redirect stubs in a dist/ folder (one meta-refresh page per guessable URL) and their bytes, from
 * the catalog's own list of redirects (src/lib/redirects.ts). The synthetic copies carry no aliases
 * (they would collide), so the list is the same at every scale; left in, its 310 stubs of 0.4 KB
 * would pad the 1× page count and not the 10× one.
 */
function redirectStubs(dist: string): { count: number; bytes: number } {
  const files = catalogRedirects().map((r) => join(dist, r.from, 'index.html'));
  return { count: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}
const countPages = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    return sum + (statSync(full).isDirectory() ? countPages(full) : name.endsWith('.html') ? 1 : 0);
  }, 0);

/**
 * The slug of a copy of an entry, as an OpenAI entry (so the slug rule holds), unique by copy and by
 * the original's place in the catalog, and as long as the original's (padded with its tail): page
 * weight grows with every URL on a page, so longer slugs would make the copies heavier than the
 * entries they stand for.
 */
function syntheticSlug(e: ErrorEntry, copy: number): string {
  const head = `${e.sdk ? 'openai-sdk' : `openai-${e.http}`}-${copy}-${entries.indexOf(e).toString(36)}`;
  const tail = e.slug.slice(head.length + 1 - e.slug.length).replace(/^-+/, '');
  return head.length + 1 < e.slug.length && tail ? `${head}-${tail}` : head;
}

/**
 * The Markdown of the copies: each original's two files under the copy's slug, with a `distinguish`
 * line where the original has none (the copies share their status with the original).
 */
function writeSyntheticProse(work: string, copies: number) {
  for (const locale of ['en', 'zh-cn']) {
    const dir = join(work, 'content/errors', locale);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const entry = entryBySlug(name.slice(0, -3));
      if (!entry) continue;
      const withDistinguish = /^distinguish:/m.test(text)
        ? text
        : text.replace(
            /^---\n/,
            `---\ndistinguish: ${locale === 'en' ? 'A synthetic copy.' : '基准测试用的合成副本。'}\n`,
          );
      for (let copy = 1; copy <= copies; copy++)
        writeFileSync(join(dir, `${syntheticSlug(entry, copy)}.md`), withDistinguish);
    }
  }
}

/**
 * The copies of every entry of today's catalog, as OpenAI entries under the slugs above, with the
 * originals' titles and related entries (those of the same copy); without aliases, which must be
 * unique. index.ts appends them to its own list.
 */
function syntheticModule(copies: number): string {
  const slugs = Object.fromEntries(
    entries.map((e) => [e.slug, Array.from({ length: copies }, (_, i) => syntheticSlug(e, i + 1))]),
  );
  return `import type { ErrorEntry } from '../types.ts';

const slugs: Record<string, string[]> = ${JSON.stringify(slugs)};

export const syntheticEntries = (originals: ErrorEntry[]): ErrorEntry[] =>
  Array.from({ length: ${copies} }, (_, i) =>
    originals.map((e) => ({
      ...e,
      slug: slugs[e.slug]![i]!,
      provider: 'openai' as const,
      aliases: [],
      related: e.related.map((slug) => slugs[slug]![i]!),
      sdk: e.sdk ? { ...e.sdk, parent: null } : undefined,
    })),
  ).flat();
`;
}

export async function measureScale<T>(
  root: string,
  scale: number,
  measure?: (dist: string) => Promise<T>,
): Promise<ScaleResult & { measured?: T }> {
  const work = join(root, '.bench-tmp', `scale-${scale}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(work, item), { recursive: true });
  }
  // Hard links: a full copy of node_modules without the disk space, and no symlink for Vite to resolve.
  execSync(`cp -al "${join(root, 'node_modules')}" "${join(work, 'node_modules')}"`);
  const index = join(work, 'src/catalog/index.ts');
  if (scale > 1) {
    writeFileSync(join(work, 'src/catalog/entries/synthetic.ts'), syntheticModule(scale - 1));
    writeSyntheticProse(work, scale - 1);
    const source = readFileSync(index, 'utf8');
    const patched = source
      .replace('\nimport ', "\nimport { syntheticEntries } from './entries/synthetic.ts';\nimport ")
      .replace(
        /\n\];\n\nassertValidCatalog\(/,
        '\n];\nentries.push(...syntheticEntries(entries));\n\nassertValidCatalog(',
      );
    if (
      !patched.includes('entries.push(...syntheticEntries(entries))') ||
      !patched.includes("from './entries/synthetic.ts'")
    )
      throw new Error('scripts/bench/scale.ts: src/catalog/index.ts changed shape; update the synthetic catalog patch');
    writeFileSync(index, patched);
  }
  const started = performance.now();
  execFileSync(process.execPath, [join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  const dist = join(work, 'dist');
  const entries = (JSON.parse(readFileSync(join(dist, 'lookup/en.json'), 'utf8')) as { entries: unknown[] }).entries
    .length;
  const stubs = redirectStubs(dist);
  const result = {
    scale,
    entries,
    pages: countPages(dist) - stubs.count,
    redirectStubs: stubs.count,
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    distMB: Math.round(((sizeOf(dist) - stubs.bytes) / 1024 / 1024) * 10) / 10,
    pagefindMB: Math.round((sizeOf(join(dist, 'pagefind')) / 1024 / 1024) * 10) / 10,
    entryPageGzipBytes: gzipSync(readFileSync(join(dist, 'errors/deepseek-402/index.html'))).length,
    lookupKB: Math.round((gzipSync(readFileSync(join(dist, 'lookup/en.json'))).length / 1024) * 10) / 10,
    measured: measure ? await measure(dist) : undefined,
  };
  rmSync(work, { recursive: true, force: true });
  return result;
}
