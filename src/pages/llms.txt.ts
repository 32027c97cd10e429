/** `/llms.txt` (llmstxt.org): the site for language models, linking every entry's Markdown twin. */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/llms-txt.ts';

export const GET: APIRoute = async () =>
  new Response(await llmsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
