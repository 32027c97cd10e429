/**
 * The Markdown twin of an entry page (`/errors/<slug>.md`, `/zh-cn/errors/<slug>.md`), built from the
 * same view as the HTML page (src/lib/entry-view.ts), with the page's own UI strings for its section
 * names and absolute URLs, so a twin reads like its page wherever it is copied to.
 */
import {
  absoluteUrl,
  catalogStatuses,
  entryHeading,
  routes,
  statusInfo,
  type ErrorEntry,
  type Locale,
} from '../catalog/index.ts';
import { entryView, type EntryView } from './entry-view.ts';
import { code, link, oneLine } from './markdown-text.ts';
import { prose } from './prose.ts';
import { uiStrings } from './ui-strings.ts';

/** A table cell (GFM: `\|` also inside code spans). */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown twin of one entry page in one language. */
export function entryMarkdown(view: EntryView): string {
  const { entry, locale, prose: words, info } = view;
  const t = uiStrings(locale);
  const other: Locale = locale === 'en' ? 'zh-cn' : 'en';
  const colon = t('punct.colon');
  const paren = (value: string) => t('twin.paren', { value: code(value) });
  const twin = (e: ErrorEntry) => absoluteUrl(routes.entryMarkdown(e.slug, locale));
  const out: string[] = [];
  const section = (label: Parameters<typeof t>[0], ...body: string[]) => {
    if (view.sections.some((s) => s.label === label)) out.push('', `## ${t(label)}`, '', ...body);
  };

  out.push(`# ${view.heading}`, '', `> ${oneLine(words.summary)}`, '');
  const status =
    entry.http !== null
      ? link(`${entry.http} ${statusInfo(entry.http).reason}`, absoluteUrl(routes.status(entry.http, locale)))
      : entry.sdk?.statuses.length
        ? entry.sdk.statuses.join(t('punct.listSeparator'))
        : t('facts.noStatus');
  const machine = [
    entry.machine?.type ? `${code(entry.machine.type)} (type)` : '',
    entry.machine?.code ? `${code(entry.machine.code)} (code)` : '',
  ].filter(Boolean);
  const facts: [string, string | false | undefined][] = [
    [t('facts.provider'), link(view.providerName, absoluteUrl(routes.provider(entry.provider, locale)))],
    [t('facts.status'), status],
    [t('facts.officialName'), entry.officialName?.[locale]],
    [t('facts.machine'), machine.length > 0 && machine.join(t('punct.listSeparator'))],
    [t('facts.class'), t(`class.${entry.class}.label`) + paren(entry.class)],
    [t('facts.retry'), t(`verdict.${info.verdict}`) + paren(info.verdict)],
    [t('facts.aliases'), entry.aliases.length > 0 && entry.aliases.map(code).join(t('punct.listSeparator'))],
    [t('twin.htmlPage'), absoluteUrl(routes.entry(entry.slug, locale))],
    [t('twin.otherLanguage'), absoluteUrl(routes.entryMarkdown(entry.slug, other))],
    ['JSON', absoluteUrl(routes.entryJson(entry.slug))],
  ];
  out.push(...facts.filter(([, value]) => value).map(([name, value]) => `- **${name}**${colon}${value}`));

  section('entry.whatHappened', view.body);
  section('entry.whoseFault', `**${t(`fault.${info.fault}`)}**${colon}${t(`class.${entry.class}.meaning`)}`);
  section('entry.retry', `**${t(`verdict.${info.verdict}`)}**`, '', words.retry);
  section('entry.fix', ...words.fix.map((step, i) => `${i + 1}. ${oneLine(step)}`));
  const table = view.machineRows.length
    ? [
        `| ${t('entry.field')} | ${t('entry.value')} |`,
        '| --- | --- |',
        ...view.machineRows.map(([field, value]) => `| ${code(`error.${field}`)} | ${cell(code(String(value)))} |`),
      ]
    : [];
  section(
    'entry.recognize',
    ...table,
    ...(words.distinguish ? [...(table.length ? [''] : []), words.distinguish] : []),
  );

  const example: string[] = [];
  if (view.exampleResponse) {
    const { statusLine, headers, body, stream } = view.exampleResponse;
    example.push(`${t('twin.statusLine')}${colon}${code(statusLine)}`, '', `${t('twin.headers')}${colon}`, '');
    example.push('```http', ...headers.map(([k, v]) => `${k}: ${v}`), '```', '', `${t('twin.body')}${colon}`, '');
    example.push(stream ? '```text' : '```json', body, '```');
    if (entry.example?.illustrative) example.push('', `_${t('entry.illustrative')}_`);
  }
  if (entry.sdk) {
    if (example.length) example.push('');
    example.push(`${t('entry.exampleSdkTitle')}${colon}`, '', '```text', entry.sdk.example, '```');
  }
  section('entry.example', ...example);

  if (entry.sdk) {
    const retried =
      entry.sdk.retriedByDefault === 'depends'
        ? t('sdk.retriedDepends')
        : t(entry.sdk.retriedByDefault ? 'sdk.retriedYes' : 'sdk.retriedNo');
    const statuses = entry.sdk.statuses.length
      ? entry.sdk.statuses
          .map((s) =>
            catalogStatuses.includes(s) ? link(String(s), absoluteUrl(routes.status(s, locale))) : String(s),
          )
          .join(t('punct.listSeparator'))
      : t('facts.noStatus');
    section(
      'entry.sdk',
      `- **Python**${colon}${entry.sdk.python ? code(entry.sdk.python) : '—'}`,
      `- **Node.js**${colon}${entry.sdk.node ? code(entry.sdk.node) : '—'}`,
      `- **${t('sdk.parent')}**${colon}${view.parent ? link(view.parent.title[locale], twin(view.parent)) : '—'}`,
      `- **${t('sdk.statuses')}**${colon}${statuses}`,
      `- **${t('sdk.retried')}**${colon}${retried}`,
    );
  } else if (view.raisedAs) {
    const { cls, retried } = view.raisedAs;
    const names = [
      cls.sdk?.python ? `${link(code(cls.sdk.python), twin(cls))} (Python)` : '',
      cls.sdk?.node ? `${link(code(cls.sdk.node), twin(cls))} (Node.js)` : '',
    ].filter(Boolean);
    const retries = retried ? t('sdk.retriesThis') : t('sdk.doesNotRetryThis');
    section(
      'entry.sdk',
      entry.http !== null && entry.http < 400
        ? `${t('sdk.inside200')} ${names.join(' / ')} ${t('sdk.orSubclass')}${t('punct.period')}`
        : `${t(view.raisedAs.cls.provider === 'anthropic' ? 'sdk.raisedAsAnthropic' : 'sdk.raisedAs')} ${names.join(' / ')}${t('punct.period')} ${retries}`,
    );
  }

  if (words.notes) section('entry.notes', words.notes);
  section(
    'entry.related',
    ...(entry.http !== null
      ? [`- ${link(t('related.hub', { status: entry.http }), absoluteUrl(routes.status(entry.http, locale)))}`]
      : []),
    `- ${link(t('related.provider', { provider: view.providerName }), absoluteUrl(routes.provider(entry.provider, locale)))}`,
    ...view.sameStatus.map((e) => `- ${link(entryHeading(e, locale), twin(e))} — ${t('related.sameStatus')}`),
    ...view.related.map((e) => `- ${link(entryHeading(e, locale), twin(e))}`),
  );
  section('entry.sources', ...entry.sources.map((s) => `- ${link(s.title, s.url)}`));
  out.push('', `_${t('entry.verified', { date: entry.verified })}_`, '');
  return out.map((line) => line.trimEnd()).join('\n');
}

/** The twin of an entry as an endpoint's response. */
export async function entryMarkdownResponse(entry: ErrorEntry, locale: Locale): Promise<Response> {
  const text = await prose('errors', entry.slug, locale);
  return new Response(entryMarkdown(entryView(entry, locale, text.data, text.body)), {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
}
