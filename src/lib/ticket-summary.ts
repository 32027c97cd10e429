/**
 * The ticket summary of an entry, in plain text and Markdown: title, status, machine code, class,
 * retry verdict, the fix in one line, and the permanent link. Built at build time for the copy
 * buttons of entry pages and table rows.
 */
import { classInfo, entryHeading, machineName, verdictLabel, type ErrorEntry, type Locale } from '../catalog/index.ts';
import { plainText } from './inline-markdown.ts';

export interface SummaryLabels {
  status: string;
  code: string;
  class: string;
  retry: string;
  fix: string;
  link: string;
  none: string;
}

export function ticketSummary(entry: ErrorEntry, locale: Locale, url: string, labels: SummaryLabels) {
  const info = classInfo[entry.class];
  const code = machineName(entry);
  const status = entry.http ?? (entry.sdk?.statuses.length ? entry.sdk.statuses.join(', ') : null);
  const rows: [string, string, boolean][] = [
    [labels.status, status === null ? labels.none : String(status), true],
    [labels.code, code ?? labels.none, code !== null],
    [labels.class, info.label[locale], false],
    [labels.retry, verdictLabel[info.verdict][locale], false],
    [labels.fix, plainText(entry.fix[locale][0]!), false],
  ];
  const title = entryHeading(entry, locale);
  const text = [title, ...rows.map(([k, v]) => `${k}: ${v}`), `${labels.link}: ${url}`].join('\n');
  const markdown = [
    `**[${title}](${url})**`,
    ...rows.map(([k, v, isCode]) => `- ${k}: ${isCode ? `\`${v}\`` : v}`),
  ].join('\n');
  return { text, markdown };
}
