/**
 * One view of an entry, shared by its HTML page (src/components/ErrorEntryPage.astro) and its
 * Markdown twin (src/lib/entry-markdown.ts), so both show the same facts, lists and example.
 */
import {
  classInfo,
  entries,
  entryBySlug,
  entryHeading,
  providerById,
  sdkClassForStatus,
  sdkRetriesStatus,
  statusInfo,
  type ClassInfo,
  type ErrorEntry,
  type Locale,
} from '../catalog/index.ts';
import type { ErrorProse } from '../prose/schema.ts';
import { plainText } from './markdown.ts';
import { uiString, type UiKey } from './ui-strings.ts';

/**
 * Other entries with the same status an entry page lists, at most: the status hub (linked first)
 * lists them all. Listing every one would make each page grow with the catalog.
 */
export const sameStatusLimit = 8;

export interface EntryView {
  entry: ErrorEntry;
  locale: Locale;
  prose: ErrorProse;
  /** The explanation ("what happened"), Markdown. */
  body: string;
  heading: string;
  /** Meta and Open Graph description: what happened and the first fix, in one line of plain text. */
  description: string;
  info: ClassInfo;
  providerName: string;
  /** The machine fields as a table: `error.<field>` and its value as returned. */
  machineRows: [string, string | null][];
  /**
   * The example as an HTTP response: status line, headers, blank line, body. For a failure inside a
   * stream (`stream`), the body is the server-sent event that reports it, as sent on the wire.
   */
  exampleResponse?: { statusLine: string; headers: [string, string][]; body: string; stream: boolean };
  sameStatus: ErrorEntry[];
  related: ErrorEntry[];
  parent?: ErrorEntry;
  /** For an HTTP entry: the OpenAI SDK class raised for its status, and whether the SDK retries it. */
  raisedAs?: { cls: ErrorEntry; retried: boolean };
  /** The h2 sections in order: anchor id and UI string key. */
  sections: { id: string; label: UiKey }[];
}

export function entryView(entry: ErrorEntry, locale: Locale, prose: ErrorProse, body: string): EntryView {
  const machineRows = Object.entries(entry.machine ?? {}) as [string, string | null][];
  const sameStatus = (
    entry.http !== null ? entries.filter((e) => e.http === entry.http && e.slug !== entry.slug) : []
  ).slice(0, sameStatusLimit);
  const stream = entry.example?.event !== undefined;
  const exampleResponse =
    entry.example && entry.http !== null
      ? {
          statusLine: `HTTP/1.1 ${entry.http} ${statusInfo(entry.http).reason}`,
          headers: [
            ['content-type', stream ? 'text/event-stream' : 'application/json'],
            ...Object.entries(entry.example.headers ?? {}),
          ] as [string, string][],
          body: stream
            ? `${entry.example.event ? `event: ${entry.example.event}\n` : ''}data: ${JSON.stringify(entry.example.body)}`
            : JSON.stringify(entry.example.body, null, 2),
          stream,
        }
      : undefined;
  const space = locale === 'en' ? ' ' : '';
  const t = (key: UiKey) => uiString(locale, key);
  return {
    entry,
    locale,
    prose,
    body,
    heading: entryHeading(entry, locale),
    description: `${plainText(prose.summary)}${space}${t('share.fix')}${t('punct.colon')}${plainText(prose.fix[0]!)}`,
    info: classInfo[entry.class],
    providerName: providerById(entry.provider).name[locale],
    machineRows,
    exampleResponse,
    sameStatus,
    related: entry.related.map((slug) => entryBySlug(slug)!).filter((e) => !sameStatus.includes(e)),
    parent: entry.sdk?.parent ? entryBySlug(entry.sdk.parent) : undefined,
    raisedAs:
      entry.http !== null && !entry.sdk
        ? { cls: sdkClassForStatus(entry.http, entry.provider), retried: sdkRetriesStatus(entry.http) }
        : undefined,
    sections: [
      { id: 'what-happened', label: 'entry.whatHappened' },
      { id: 'whose-fault', label: 'entry.whoseFault' },
      { id: 'retry', label: 'entry.retry' },
      { id: 'fix', label: 'entry.fix' },
      ...(machineRows.length || prose.distinguish ? [{ id: 'recognise', label: 'entry.recognize' as const }] : []),
      ...(exampleResponse || entry.sdk ? [{ id: 'example', label: 'entry.example' as const }] : []),
      { id: 'sdk', label: 'entry.sdk' },
      ...(prose.notes ? [{ id: 'notes', label: 'entry.notes' as const }] : []),
      { id: 'related', label: 'entry.related' },
      { id: 'sources', label: 'entry.sources' },
    ],
  };
}
