/**
 * The prose of a catalog key in one language, from the content collections of src/content.config.ts
 * (`content/{errors,statuses,providers,problems}/<locale>/<key>.md`). The build has already checked that every
 * key has its files (src/prose/check.ts), so a miss here is a bug and throws.
 */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import type { Locale } from '../catalog/index.ts';

type Collection = 'errors' | 'statuses' | 'providers' | 'problems';

export interface Prose<C extends Collection> {
  /** The front matter, validated by the collection's schema (src/prose/schema.ts). */
  data: CollectionEntry<C>['data'];
  /** The Markdown body, as written. */
  body: string;
  /** Renders the body with Astro's Markdown pipeline (Starlight's asides and heading anchors included). */
  render: () => ReturnType<typeof render>;
}

export async function prose<C extends Collection>(
  collection: C,
  key: string | number,
  locale: Locale,
): Promise<Prose<C>> {
  const id = `${locale}/${key}`;
  const file = (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
  if (!file) throw new Error(`content/${collection}/${id}.md is missing — write it (template in the README)`);
  return { data: file.data, body: file.body ?? '', render: () => render(file) };
}
