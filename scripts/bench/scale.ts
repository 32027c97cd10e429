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
import { entryBySlug } from '../../src/catalog/index.ts';
import type { ErrorEntry } from '../../src/catalog/types.ts';

export interface ScaleResult {
  scale: number;
  entries: number;
  pages: number;
  buildSeconds: number;
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
const countPages = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    return sum + (statSync(full).isDirectory() ? countPages(full) : name.endsWith('.html') ? 1 : 0);
  }, 0);

/** Copies of today's entries with new slugs (OpenAI-style variants, so the slug rule holds). */
const syntheticSlug = (e: ErrorEntry, copy: number) =>
  e.sdk ? `openai-sdk-synthetic-${copy}-${e.slug}` : `openai-${e.http}-synthetic-${copy}-${e.slug}`;

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
 * The copies of every entry of today's catalog, as OpenAI entries with new slugs; index.ts appends
 * them to its own list, so the synthetic catalog grows with the real one.
 */
const syntheticModule = (copies: number) => `import type { ErrorEntry } from '../types.ts';

export const syntheticEntries = (originals: ErrorEntry[]): ErrorEntry[] =>
  Array.from({ length: ${copies} }, (_, i) =>
    originals.map((e) => ({
      ...e,
      slug: e.sdk ? \`openai-sdk-synthetic-\${i + 1}-\${e.slug}\` : \`openai-\${e.http}-synthetic-\${i + 1}-\${e.slug}\`,
      provider: 'openai' as const,
      title: { en: \`\${e.title.en} (copy \${i + 1})\`, 'zh-cn': \`\${e.title['zh-cn']}（副本 \${i + 1}）\` },
      aliases: [],
      related: [],
      sdk: e.sdk ? { ...e.sdk, parent: null } : undefined,
    })),
  ).flat();
`;

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
  const result = {
    scale,
    entries,
    pages: countPages(dist),
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    distMB: Math.round((sizeOf(dist) / 1024 / 1024) * 10) / 10,
    pagefindMB: Math.round((sizeOf(join(dist, 'pagefind')) / 1024 / 1024) * 10) / 10,
    entryPageGzipBytes: gzipSync(readFileSync(join(dist, 'errors/deepseek-402/index.html'))).length,
    lookupKB: Math.round((gzipSync(readFileSync(join(dist, 'lookup/en.json'))).length / 1024) * 10) / 10,
    measured: measure ? await measure(dist) : undefined,
  };
  rmSync(work, { recursive: true, force: true });
  return result;
}
