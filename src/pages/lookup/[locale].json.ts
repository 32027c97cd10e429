/** The quick lookup's index per language, generated from the catalog at build time. */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../catalog/index.ts';
import { buildLookupIndex } from '../../lib/lookup-index.ts';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(buildLookupIndex(params.locale as Locale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
