/** `/errors/<slug>.md`: the English entry page as Markdown, generated from the catalog. */
import type { APIRoute } from 'astro';
import { entries, type ErrorEntry } from '../../catalog/index.ts';
import { entryMarkdown } from '../../lib/entry-markdown.ts';

export const getStaticPaths = () => entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props, site }) =>
  new Response(entryMarkdown(props.entry, 'en', { site, base: import.meta.env.BASE_URL }), {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
