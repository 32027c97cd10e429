/**
 * The ticket summary of an entry, in plain text and Markdown: title, status, machine code, class,
 * retry verdict, the fix in one line, and the permanent link. Built at build time for the copy
 * buttons of entry pages and table rows.
 */
import { classInfo, entryHeading, machineName, type ErrorEntry, type Locale } from '../catalog/index.ts';
import { plainText } from './markdown.ts';
import { uiStrings } from './ui-strings.ts';

/** `fix` is the entry's first fix step, as Markdown. */
export function ticketSummary(entry: ErrorEntry, locale: Locale, url: string, fix: string) {
  const t = uiStrings(locale);
  const info = classInfo[entry.class];
  const code = machineName(entry);
  const status = entry.http ?? (entry.sdk?.statuses.length ? entry.sdk.statuses.join(t('punct.listSeparator')) : null);
  const rows: [string, string, boolean][] = [
    [t('share.status'), status === null ? t('share.none') : String(status), true],
    [t('share.code'), code ?? t('share.none'), code !== null],
    [t('share.class'), t(`class.${entry.class}.label`), false],
    [t('share.retry'), t(`verdict.${info.verdict}`), false],
    [t('share.fix'), plainText(fix), false],
  ];
  const title = entryHeading(entry, locale);
  const text = [title, ...rows.map(([k, v]) => `${k}: ${v}`), `${t('share.link')}: ${url}`].join('\n');
  const markdown = [
    `**[${title}](${url})**`,
    ...rows.map(([k, v, isCode]) => `- ${k}: ${isCode ? `\`${v}\`` : v}`),
  ].join('\n');
  return { text, markdown };
}
