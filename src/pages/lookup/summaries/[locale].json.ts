/**
 * The ticket summary of every row of the /errors/ table, per language, keyed by entry slug. The table
 * ships only each row's copy buttons; the summaries (a few hundred bytes each) are fetched when a
 * person first copies one, so they cost the page nothing until then.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, entries, locales, routes, type Locale } from '../../../catalog/index.ts';
import { prose } from '../../../lib/prose.ts';
import { ticketSummary } from '../../../lib/ticket-summary.ts';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const summaries = await Promise.all(
    entries.map(async (e) => {
      const fix = (await prose('errors', e.slug, locale)).data.fix[0]!;
      const url = `${absoluteUrl(routes.table(locale))}#${e.slug}`;
      return [e.slug, ticketSummary(e, locale, url, fix).text] as const;
    }),
  );
  return new Response(JSON.stringify(Object.fromEntries(summaries)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
