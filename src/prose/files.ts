/**
 * Reads the prose collections straight from disk, for the build's prose check and plain-Node tests
 * (pages read the same files through Astro's content collections). Front matter is parsed by the
 * helper Astro's own Markdown loader uses, so both see the same values.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, type Locale } from '../catalog/types.ts';
import type { z } from 'astro/zod';
import { proseSchemas, type ProseCollection } from './schema.ts';

/** The top-level `content/` folder of the repository. */
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

export interface ProseFile {
  collection: ProseCollection;
  locale: Locale;
  /** The catalog key: an entry slug, a status or a provider id. */
  key: string;
  /** Path from the repository root, for messages (`content/errors/en/deepseek-402.md`). */
  file: string;
  /** The front matter as parsed, not yet validated. */
  data: Record<string, unknown>;
  /** The Markdown body. */
  body: string;
}

/** Every Markdown file of one collection, in both languages. */
export function readProseFiles(collection: ProseCollection): ProseFile[] {
  return locales.flatMap((locale) => {
    const dir = join(contentDir, collection, locale);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => {
        const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
        return {
          collection,
          locale,
          key: name.slice(0, -'.md'.length),
          file: `content/${collection}/${locale}/${name}`,
          data: frontmatter,
          body: content.trim(),
        };
      });
  });
}

/** One file's front matter, validated by its collection's schema, and its body (for plain-Node tests). */
export function readProse<C extends ProseCollection>(collection: C, key: string | number, locale: Locale) {
  const file = readProseFiles(collection).find((f) => f.key === String(key) && f.locale === locale);
  if (!file) throw new Error(`content/${collection}/${locale}/${key}.md is missing`);
  return { data: proseSchemas[collection].parse(file.data) as z.infer<(typeof proseSchemas)[C]>, body: file.body };
}
