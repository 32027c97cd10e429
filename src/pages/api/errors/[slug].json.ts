/** `/api/errors/<slug>.json`: one catalog entry for tools, the same record as in `/api/errors.json`. */
import type { APIRoute } from 'astro';
import { entries, type ErrorEntry } from '../../../catalog/index.ts';
import { entryDocument, jsonResponse } from '../../../lib/catalog-documents.ts';

export const getStaticPaths = () => entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));

export const GET: APIRoute<{ entry: ErrorEntry }> = async ({ props }) => jsonResponse(await entryDocument(props.entry));
