/** `/api/errors/<slug>.json`: one catalog entry for tools, the same record as in `/api/errors.json`. */
import type { APIRoute } from 'astro';
import { entries, type ErrorEntry } from '../../../catalog/index.ts';
import { entryDocument, jsonResponse } from '../../../lib/catalog-json.ts';

export const getStaticPaths = () => entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props, site }) =>
  jsonResponse(entryDocument(props.entry, { site, base: import.meta.env.BASE_URL }));
