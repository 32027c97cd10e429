/** `/llms.txt` (llmstxt.org): what the site is, then every entry's Markdown twin, grouped by provider. */
import {
  absoluteUrl,
  classInfo,
  entries,
  entryHeading,
  providers,
  retryVerdicts,
  routes,
  type ErrorEntry,
  type Locale,
} from '../catalog/index.ts';
import { code, link, oneLine } from './markdown-text.ts';
import { prose } from './prose.ts';

export async function llmsTxt(): Promise<string> {
  const item = async (e: ErrorEntry, locale: Locale) => {
    const { summary } = (await prose('errors', e.slug, locale)).data;
    return `- ${link(entryHeading(e, locale), absoluteUrl(routes.entryMarkdown(e.slug, locale)))}: ${oneLine(summary)}`;
  };
  const items = (list: ErrorEntry[], locale: Locale) => Promise.all(list.map((e) => item(e, locale)));
  const groups = providers.flatMap((p) => {
    const own = entries.filter((e) => e.provider === p.id);
    const api = own.filter((e) => !e.sdk);
    const sdk = own.filter((e) => e.sdk);
    return [
      ...(api.length ? [{ title: `${p.name.en} ${sdk.length ? 'API errors' : 'errors'}`, list: api }] : []),
      ...(sdk.length ? [{ title: `${p.name.en} SDK exceptions`, list: sdk }] : []),
    ];
  });
  const sections = await Promise.all(
    groups.map(async (g) => ['', `## ${g.title}`, '', ...(await items(g.list, 'en'))]),
  );
  return [
    '# LLM API Errors',
    '',
    '> A bilingual (English and Simplified Chinese) reference for the errors returned by LLM HTTP APIs — ' +
      'DeepSeek, OpenAI and its official SDKs, and OpenAI-compatible gateways: for every error, what happened, ' +
      'whose fault it is, whether a retry can help, and how to fix it.',
    '',
    'Every link below is the Markdown twin of an entry page. The HTML page of `/errors/<slug>.md` is ' +
      '`/errors/<slug>/`; the Chinese versions are under `/zh-cn/` (listed under "Optional"). ' +
      `Failure classes: ${Object.keys(classInfo).map(code).join(', ')}; retry verdicts: ` +
      `${retryVerdicts.map(code).join(', ')}.`,
    ...sections.flat(),
    '',
    '## Data',
    '',
    `- ${link('The catalog as JSON', absoluteUrl(routes.catalogJson()))}: every entry with all its fields in both languages, its URLs, the providers and the HTTP statuses`,
    `- ${link('JSON Schema of the catalog', absoluteUrl(routes.schemaJson()))}: generated from the TypeScript types; one entry alone is at \`/api/errors/<slug>.json\``,
    `- ${link('All errors in one table', absoluteUrl(routes.table('en')))}: the HTML table, filterable`,
    '',
    '## Optional',
    '',
    ...(await items(entries, 'zh-cn')),
    '',
  ].join('\n');
}
