/** `/api/errors.json`: the whole catalog for tools, both languages, generated at build time (DESIGN.md §2). */
import type { APIRoute } from 'astro';
import { catalogDocument, jsonResponse } from '../../lib/catalog-json.ts';

export const GET: APIRoute = ({ site }) => jsonResponse(catalogDocument({ site, base: import.meta.env.BASE_URL }));
