/** `/llms.txt` (llmstxt.org): the site for language models, linking every entry's Markdown twin. */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/entry-markdown.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(llmsTxt({ site, base: import.meta.env.BASE_URL }), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
