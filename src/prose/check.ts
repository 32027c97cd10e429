/**
 * The two-way check between the catalog and its prose, like Rust's error index: every catalog key
 * has a Markdown file in each language, every file belongs to a key, every front matter matches its
 * schema, and the two languages agree in shape but not in words. Run by the build (astro.config.mjs)
 * and by a unit test; each problem names the file, the key, the field and the fix.
 */
import { entries, httpStatuses, providers } from '../catalog/index.ts';
import { locales, meanings } from '../catalog/types.ts';
import { readProseFiles, type ProseFile } from './files.ts';
import { proseSchemas, type ProseCollection } from './schema.ts';

/** The catalog keys each collection must cover, and what a key is called in messages. */
const catalogKeys: Record<ProseCollection, { keys: () => string[]; noun: string; fix: string }> = {
  errors: {
    keys: () => entries.map((e) => e.slug),
    noun: 'entry',
    fix: 'add the entry to src/catalog/entries/, or rename the file to its slug',
  },
  statuses: {
    keys: () => httpStatuses.map((s) => String(s.status)),
    noun: 'status',
    fix: 'add the status to src/catalog/statuses.ts, or rename the file to the status number',
  },
  problems: {
    keys: () => [...meanings],
    noun: 'meaning',
    fix: 'add the meaning to `meanings` in src/catalog/types.ts, or rename the file to the meaning',
  },
  providers: {
    keys: () => providers.map((p) => p.id),
    noun: 'provider',
    fix: 'add the provider to src/catalog/providers.ts, or rename the file to its id',
  },
};

const fieldName = (path: PropertyKey[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${String(part)}` : String(part))).join('');

/** Checks one collection; `files` defaults to what is on disk (tests pass altered copies). */
export function checkProseCollection(collection: ProseCollection, files = readProseFiles(collection)): string[] {
  const problems: string[] = [];
  const { keys, noun, fix } = catalogKeys[collection];
  const known = new Set(keys());
  const report = (file: ProseFile | string, key: string, field: string, problem: string, remedy: string) =>
    problems.push(
      `${typeof file === 'string' ? file : file.file} (${noun} "${key}"), field "${field}": ${problem} — ${remedy}`,
    );

  const byKey = new Map<string, Partial<Record<(typeof locales)[number], ProseFile>>>();
  for (const file of files) {
    if (!known.has(file.key)) {
      problems.push(`${file.file}: no ${noun} "${file.key}" in the catalog — ${fix}`);
      continue;
    }
    byKey.set(file.key, { ...byKey.get(file.key), [file.locale]: file });
    const parsed = proseSchemas[collection].safeParse(file.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        report(
          file,
          file.key,
          fieldName(issue.path) || 'front matter',
          issue.message,
          'see the template in the README',
        );
    }
    if (!file.body) report(file, file.key, 'body', 'is empty', 'write the explanation below the front matter');
    // Starlight labels an aside by the language it infers from the file's path, which outside
    // src/content/docs is always English, so a Chinese aside needs its title written out.
    if (file.locale !== 'en' && /^:::(note|tip|caution|danger)\s*$/m.test(file.body))
      report(file, file.key, 'body', 'has an aside without a title', 'give it one, e.g. :::note[注意] or :::tip[提示]');
  }

  for (const key of known) {
    const pair = byKey.get(key) ?? {};
    for (const locale of locales) {
      if (!pair[locale])
        problems.push(
          `${noun} "${key}": content/${collection}/${locale}/${key}.md is missing — write it (template in the README)`,
        );
    }
    const { en, 'zh-cn': zh } = pair;
    if (!en || !zh) continue;
    const where = zh.file;
    for (const field of new Set([...Object.keys(en.data), ...Object.keys(zh.data)])) {
      const [a, b] = [en.data[field], zh.data[field]];
      if (a === undefined || b === undefined) {
        report(a === undefined ? en : zh, key, field, 'is only in the other language', 'write it in both languages');
      } else if (JSON.stringify(a) === JSON.stringify(b)) {
        report(where, key, field, 'is the same as the English text', 'write the Chinese text');
      } else if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length && field !== 'searchWords') {
        report(where, key, field, `has ${b.length} steps but the English has ${a.length}`, 'give both the same steps');
      }
    }
    if (en.body && en.body === zh.body)
      report(where, key, 'body', 'is the same as the English text', 'write the Chinese text');
  }

  if (collection === 'errors') {
    for (const entry of entries) {
      const shared = entry.http !== null && entries.some((e) => e !== entry && e.http === entry.http);
      for (const file of Object.values(byKey.get(entry.slug) ?? {})) {
        if (shared && !file.data.distinguish)
          report(
            file,
            entry.slug,
            'distinguish',
            `is missing, and other entries share HTTP ${entry.http}`,
            'say which body field tells this one apart',
          );
      }
    }
  }
  return problems;
}

export const checkProse = (): string[] =>
  (Object.keys(proseSchemas) as ProseCollection[]).flatMap((collection) => checkProseCollection(collection));

/** Throws one error listing every problem, so a bad file stops the build with all the fixes at once. */
export function assertProse(): void {
  const problems = checkProse();
  if (problems.length)
    throw new Error(`The reference's Markdown has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}
