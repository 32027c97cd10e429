/** `/errors/<slug>.md`: the English entry page as Markdown, from the same view as the page. */
import type { APIRoute } from 'astro';
import { entries, type ErrorEntry } from '../../catalog/index.ts';
import { entryMarkdownResponse } from '../../lib/entry-markdown.ts';

export const getStaticPaths = () => entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props }) => entryMarkdownResponse(props.entry, 'en');
