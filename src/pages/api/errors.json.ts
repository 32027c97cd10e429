/** `/api/errors.json`: the whole catalog for tools, both languages, generated at build time. */
import type { APIRoute } from 'astro';
import { catalogDocument, jsonResponse } from '../../lib/catalog-documents.ts';

export const GET: APIRoute = async () => jsonResponse(await catalogDocument());
