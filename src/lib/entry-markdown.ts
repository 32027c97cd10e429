/**
 * The Markdown twin of an entry page (`/errors/<slug>.md`, `/zh-cn/errors/<slug>.md`) and `/llms.txt`,
 * built from the catalog so assistants and people can read the reference as plain text. The section
 * names are the site's own UI strings (src/content/i18n), so a twin reads like its HTML page.
 */
import {
  catalogStatuses,
  classInfo,
  entries,
  entryBySlug,
  entryHeading,
  faultLabel,
  paths,
  providerById,
  providers,
  sdkClassForStatus,
  sdkRetriesStatus,
  statusInfo,
  verdictLabel,
  type ErrorEntry,
  type Locale,
} from '../catalog/index.ts';
import en from '../content/i18n/en.json';
import zhCN from '../content/i18n/zh-CN.json';
import { dataPaths, siteUrl, type SiteLocation } from './catalog-json.ts';

type UiKey = keyof typeof en;
const ui: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCN };

/** A UI string of the site, with `{{name}}` placeholders filled in. */
const t = (locale: Locale, key: UiKey, vars: Record<string, string | number> = {}) =>
  ui[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));

/** Words only the plain-text twins need. */
const words = {
  htmlPage: { en: 'Web page', 'zh-cn': '网页版' },
  json: { en: 'JSON', 'zh-cn': 'JSON' },
  otherLanguage: { en: '简体中文', 'zh-cn': 'English' },
  statusLine: { en: 'Status line', 'zh-cn': '状态行' },
  headers: { en: 'Headers', 'zh-cn': '响应头' },
  body: { en: 'Body', 'zh-cn': '响应体' },
  /** A machine value after a label: "Billing (`billing`)", "余额与额度（`billing`）". */
  paren: { en: ' ($)', 'zh-cn': '（$）' },
} satisfies Record<string, Record<Locale, string>>;

/** Inline code that survives backticks in the value. */
const code = (value: string) => (value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``);
/** Text safe inside a Markdown link label. */
const label = (text: string) => text.replace(/([[\]])/g, '\\$1');
const link = (text: string, url: string) => `[${label(text)}](${url})`;
/** Text safe inside a table cell (GFM: `\|` also inside code spans). */
const cell = (text: string) => text.replace(/\|/g, '\\|');
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** The Markdown twin of one entry page in one language. */
export function entryMarkdown(entry: ErrorEntry, locale: Locale, where: SiteLocation): string {
  const url = (path: string) => siteUrl(where, path);
  const other: Locale = locale === 'en' ? 'zh-cn' : 'en';
  const provider = providerById(entry.provider);
  const info = classInfo[entry.class];
  const colon = t(locale, 'punct.colon');
  const sep = t(locale, 'punct.listSeparator');
  const twin = (e: ErrorEntry) => url(dataPaths.entryMarkdown(e.slug, locale));
  const out: string[] = [];
  const section = (title: string, ...body: string[]) => out.push('', `## ${title}`, '', ...body);

  out.push(`# ${entryHeading(entry, locale)}`, '', `> ${oneLine(entry.summary[locale])}`, '');

  const status =
    entry.http !== null
      ? link(`${entry.http} ${statusInfo(entry.http).reason}`, url(paths.status(entry.http, locale)))
      : entry.sdk?.statuses.length
        ? entry.sdk.statuses.join(', ')
        : t(locale, 'facts.noStatus');
  const machine = [
    entry.machine?.type ? `${code(entry.machine.type)} (type)` : '',
    entry.machine?.code ? `${code(entry.machine.code)} (code)` : '',
  ].filter(Boolean);
  const facts: [string, string][] = [
    [t(locale, 'facts.provider'), link(provider.name[locale], url(paths.provider(entry.provider, locale)))],
    [t(locale, 'facts.status'), status],
    ...(entry.officialName ? [[t(locale, 'facts.officialName'), entry.officialName[locale]] as [string, string]] : []),
    ...(machine.length ? [[t(locale, 'facts.machine'), machine.join(', ')] as [string, string]] : []),
    [t(locale, 'facts.class'), info.label[locale] + words.paren[locale].replace('$', () => code(entry.class))],
    [
      t(locale, 'facts.retry'),
      verdictLabel[info.verdict][locale] + words.paren[locale].replace('$', () => code(info.verdict)),
    ],
    ...(entry.aliases.length
      ? [[t(locale, 'facts.aliases'), entry.aliases.map(code).join(sep)] as [string, string]]
      : []),
    [words.htmlPage[locale], url(paths.entry(entry.slug, locale))],
    [words.otherLanguage[locale], url(dataPaths.entryMarkdown(entry.slug, other))],
    [words.json[locale], url(dataPaths.entryJson(entry.slug))],
  ];
  out.push(...facts.map(([name, value]) => `- **${name}**${colon}${value}`));

  section(t(locale, 'entry.whatHappened'), entry.cause[locale]);
  section(t(locale, 'entry.whoseFault'), `**${faultLabel[info.fault][locale]}**${colon}${info.meaning[locale]}`);
  section(t(locale, 'entry.retry'), `**${verdictLabel[info.verdict][locale]}**`, '', entry.retry[locale]);
  section(t(locale, 'entry.fix'), ...entry.fix[locale].map((step, i) => `${i + 1}. ${oneLine(step)}`));

  const machineRows = Object.entries(entry.machine ?? {}) as [string, string | null][];
  if (machineRows.length || entry.distinguish) {
    const table = machineRows.length
      ? [
          `| ${t(locale, 'entry.field')} | ${t(locale, 'entry.value')} |`,
          '| --- | --- |',
          ...machineRows.map(([field, value]) => `| ${code(`error.${field}`)} | ${cell(code(String(value)))} |`),
        ]
      : [];
    section(
      t(locale, 'entry.recognise'),
      ...table,
      ...(table.length && entry.distinguish ? [''] : []),
      ...(entry.distinguish ? [entry.distinguish[locale]] : []),
    );
  }

  if (entry.example || entry.sdk) {
    const body: string[] = [];
    if (entry.example && entry.http !== null) {
      body.push(
        `${words.statusLine[locale]}${colon}${code(`HTTP/1.1 ${entry.http} ${statusInfo(entry.http).reason}`)}`,
      );
      const headers = Object.entries(entry.example.headers ?? {});
      if (headers.length)
        body.push(
          '',
          `${words.headers[locale]}${colon}`,
          '',
          '```http',
          ...headers.map(([k, v]) => `${k}: ${v}`),
          '```',
        );
      body.push('', `${words.body[locale]}${colon}`, '', '```json', JSON.stringify(entry.example.body, null, 2), '```');
      if (entry.example.illustrative) body.push('', `_${t(locale, 'entry.illustrative')}_`);
    }
    if (entry.sdk) {
      if (body.length) body.push('');
      body.push(`${t(locale, 'entry.exampleSdkTitle')}${colon}`, '', '```text', entry.sdk.example, '```');
    }
    section(t(locale, 'entry.example'), ...body);
  }

  if (entry.sdk) {
    const parent = entry.sdk.parent ? entryBySlug(entry.sdk.parent) : undefined;
    const retried =
      entry.sdk.retriedByDefault === 'depends'
        ? t(locale, 'sdk.retriedDepends')
        : t(locale, entry.sdk.retriedByDefault ? 'sdk.retriedYes' : 'sdk.retriedNo');
    const statuses = entry.sdk.statuses.length
      ? entry.sdk.statuses
          .map((s) => (catalogStatuses.includes(s) ? link(String(s), url(paths.status(s, locale))) : String(s)))
          .join(', ')
      : t(locale, 'facts.noStatus');
    section(
      t(locale, 'entry.sdk'),
      `- **Python**${colon}${entry.sdk.python ? code(entry.sdk.python) : '—'}`,
      `- **Node.js**${colon}${entry.sdk.node ? code(entry.sdk.node) : '—'}`,
      `- **${t(locale, 'sdk.parent')}**${colon}${parent ? link(parent.title[locale], twin(parent)) : '—'}`,
      `- **${t(locale, 'sdk.statuses')}**${colon}${statuses}`,
      `- **${t(locale, 'sdk.retried')}**${colon}${retried}`,
    );
  } else if (entry.http !== null) {
    const cls = sdkClassForStatus(entry.http);
    const names = [
      cls.sdk?.python ? `${link(code(cls.sdk.python), twin(cls))} (Python)` : '',
      cls.sdk?.node ? `${link(code(cls.sdk.node), twin(cls))} (Node.js)` : '',
    ].filter(Boolean);
    const retries = sdkRetriesStatus(entry.http) ? t(locale, 'sdk.retriesThis') : t(locale, 'sdk.doesNotRetryThis');
    section(
      t(locale, 'entry.sdk'),
      `${t(locale, 'sdk.raisedAs')} ${names.join(' / ')}${t(locale, 'punct.period')} ${retries}`,
    );
  }

  if (entry.notes) section(t(locale, 'entry.notes'), entry.notes[locale]);

  const sameStatus = entry.http !== null ? entries.filter((e) => e.http === entry.http && e.slug !== entry.slug) : [];
  const related = entry.related.map((slug) => entryBySlug(slug)!).filter((e) => !sameStatus.includes(e));
  section(
    t(locale, 'entry.related'),
    ...(entry.http !== null
      ? [`- ${link(t(locale, 'related.hub', { status: entry.http }), url(paths.status(entry.http, locale)))}`]
      : []),
    `- ${link(t(locale, 'related.provider', { provider: provider.name[locale] }), url(paths.provider(entry.provider, locale)))}`,
    ...sameStatus.map((e) => `- ${link(entryHeading(e, locale), twin(e))} — ${t(locale, 'related.sameStatus')}`),
    ...related.map((e) => `- ${link(entryHeading(e, locale), twin(e))}`),
  );
  section(t(locale, 'entry.sources'), ...entry.sources.map((s) => `- ${link(s.title, s.url)}`));
  out.push('', `_${t(locale, 'entry.verified', { date: entry.verified })}_`, '');
  return out.map((line) => line.trimEnd()).join('\n');
}

/** `/llms.txt` (llmstxt.org): what the site is, then every entry's Markdown twin, grouped by provider. */
export function llmsTxt(where: SiteLocation): string {
  const url = (path: string) => siteUrl(where, path);
  const item = (e: ErrorEntry, locale: Locale) =>
    `- ${link(entryHeading(e, locale), url(dataPaths.entryMarkdown(e.slug, locale)))}: ${oneLine(e.summary[locale])}`;
  const groups = providers.flatMap((p) => {
    const own = entries.filter((e) => e.provider === p.id);
    const api = own.filter((e) => !e.sdk);
    const sdk = own.filter((e) => e.sdk);
    return [
      ...(api.length ? [{ title: `${p.name.en} ${sdk.length ? 'API errors' : 'errors'}`, items: api }] : []),
      ...(sdk.length ? [{ title: `${p.name.en} SDK exceptions`, items: sdk }] : []),
    ];
  });
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
      `${Object.keys(verdictLabel).map(code).join(', ')}.`,
    ...groups.flatMap((g) => ['', `## ${g.title}`, '', ...g.items.map((e) => item(e, 'en'))]),
    '',
    '## Data',
    '',
    `- ${link('The catalog as JSON', url(dataPaths.catalog()))}: every entry with all its fields in both languages, its URLs, the providers and the HTTP statuses`,
    `- ${link('JSON Schema of the catalog', url(dataPaths.schema()))}: generated from the TypeScript types; one entry alone is at \`/api/errors/<slug>.json\``,
    `- ${link('All errors in one table', url(paths.table('en')))}: the HTML table, filterable`,
    '',
    '## Optional',
    '',
    ...entries.map((e) => item(e, 'zh-cn')),
    '',
  ].join('\n');
}
