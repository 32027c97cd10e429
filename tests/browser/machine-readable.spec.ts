/**
 * The catalog for tools and assistants (issue 6, "Data for tools"): /api/errors.json validates against
 * /api/errors.schema.json (generated from the TypeScript types), every entry is there in both languages
 * and has its own /api/errors/<slug>.json, the schema really rejects bad data, and /llms.txt and the
 * Markdown twins of the entry pages are served and link only to pages that exist.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import {
  classInfo,
  entries,
  entryHeading,
  httpStatuses,
  locales,
  paths,
  providers,
  sdkClassForStatus,
} from '../../src/catalog/index.ts';
import { readProse } from '../../src/prose/files.ts';

type Json = Record<string, any>;

/** The site path of a published URL (absolute URLs carry the configured `site`, not the test server). */
const pathOf = (url: string) => new URL(url, 'http://site.invalid').pathname;

async function fetchJson(request: APIRequestContext, path: string): Promise<Json> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('json');
  return response.json();
}

/** The schema, loaded into Ajv, with one validator for each document the site serves. */
async function validators(request: APIRequestContext) {
  const schema = await fetchJson(request, '/api/errors.schema.json');
  const id: string = schema.$id ?? 'urn:llm-api-errors:catalog';
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema({ ...schema, $id: id });
  const get = (ref: string) => {
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema at ${ref}`);
    return validate;
  };
  return {
    schema,
    catalog: get(id),
    entryDocument: get(`${id}#/$defs/CatalogEntryDocument`),
    entry: get(`${id}#/$defs/CatalogEntry`),
  };
}

const errorsOf = (validate: ValidateFunction) =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');

test.describe('/api/errors.json and its schema', () => {
  test('the schema is JSON Schema 2020-12, generated from the types, identified by its own URL', async ({
    request,
  }) => {
    const { schema } = await validators(request);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    if (schema.$id) expect(pathOf(schema.$id)).toBe('/api/errors.schema.json');
    expect(schema.$ref).toBe('#/$defs/CatalogDocument');
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        'CatalogDocument',
        'CatalogEntryDocument',
        'CatalogEntry',
        'Localized',
        'CatalogProvider',
      ]),
    );
    // Generated from the doc comments of src/catalog/types.ts, not written by hand.
    expect(schema.$defs.CatalogEntry.properties.slug.description).toContain('Permanent URL key');
    expect(schema.$defs.CatalogEntry.additionalProperties).toBe(false);
    expect(schema.$defs.FailureClass.enum).toEqual(Object.keys(classInfo));
  });

  test('/api/errors.json validates against the schema', async ({ request }) => {
    const { catalog } = await validators(request);
    const doc = await fetchJson(request, '/api/errors.json');
    expect(catalog(doc), errorsOf(catalog)).toBe(true);
    expect(doc.schemaVersion).toBe(1);
    expect(Date.parse(doc.generated)).not.toBeNaN();
  });

  test('every catalog entry is in it with all its fields in both languages, derived fields and URLs', async ({
    request,
  }) => {
    const doc = await fetchJson(request, '/api/errors.json');
    expect(doc.entries.map((e: Json) => e.slug)).toEqual(entries.map((e) => e.slug));
    for (const entry of entries) {
      const record = doc.entries.find((e: Json) => e.slug === entry.slug);
      const catalogFields = Object.fromEntries(Object.keys(entry).map((key) => [key, record[key]]));
      expect(catalogFields, entry.slug).toEqual(JSON.parse(JSON.stringify(entry)));
      for (const locale of locales) {
        expect(record.title[locale], `${entry.slug} title.${locale}`).toBeTruthy();
        const { data, body } = readProse('errors', entry.slug, locale);
        expect(record.summary[locale], `${entry.slug} summary.${locale}`).toBe(data.summary);
        expect(record.cause[locale], `${entry.slug} cause.${locale}`).toBe(body);
        expect(record.fix[locale], `${entry.slug} fix.${locale}`).toEqual(data.fix);
        expect(record.retry[locale], `${entry.slug} retry.${locale}`).toBe(data.retry);
        expect(pathOf(record.urls[locale])).toBe(paths.entry(entry.slug, locale));
      }
      expect(record.summary['zh-cn'], `${entry.slug}: the Chinese summary is not the English one`).not.toBe(
        record.summary.en,
      );
      const info = classInfo[entry.class];
      expect({ retryable: record.retryable, fault: record.fault, verdict: record.verdict }).toEqual({
        retryable: info.retryable,
        fault: info.fault,
        verdict: info.verdict,
      });
      expect(record.sdkClass).toBe(entry.http === null ? null : sdkClassForStatus(entry.http, entry.provider).slug);
      expect(pathOf(record.urls.json)).toBe(`/api/errors/${entry.slug}.json`);
      expect(pathOf(record.urls.markdown.en)).toBe(`/errors/${entry.slug}.md`);
      expect(pathOf(record.urls.markdown['zh-cn'])).toBe(`/zh-cn/errors/${entry.slug}.md`);
    }
    expect(doc.providers.map((p: Json) => p.id)).toEqual(providers.map((p) => p.id));
    expect(doc.statuses.map((s: Json) => s.status)).toEqual(httpStatuses.map((s) => s.status));
  });

  test('each /api/errors/<slug>.json validates and equals its entry in the whole catalog', async ({ request }) => {
    const { entryDocument } = await validators(request);
    const doc = await fetchJson(request, '/api/errors.json');
    for (const entry of entries) {
      const path = `/api/errors/${entry.slug}.json`;
      const single = await fetchJson(request, path);
      expect(entryDocument(single), `${path}\n${errorsOf(entryDocument)}`).toBe(true);
      expect(single.schemaVersion).toBe(doc.schemaVersion);
      expect(single.entry).toEqual(doc.entries.find((e: Json) => e.slug === entry.slug));
    }
  });

  test('every URL the JSON publishes is served', async ({ request }) => {
    const doc = await fetchJson(request, '/api/errors.json');
    const urls: string[] = doc.entries.flatMap((e: Json) => [
      e.urls.en,
      e.urls['zh-cn'],
      e.urls.json,
      e.urls.markdown.en,
      e.urls.markdown['zh-cn'],
    ]);
    const broken: string[] = [];
    for (const url of urls) {
      const response = await request.get(pathOf(url), { maxRedirects: 0 });
      if (response.status() !== 200) broken.push(`${response.status()} ${url}`);
    }
    expect(broken).toEqual([]);
  });

  test('the schema rejects broken data, so it really constrains the documents', async ({ request }) => {
    const { catalog, entry: validateEntry } = await validators(request);
    const doc = await fetchJson(request, '/api/errors.json');
    const good = doc.entries[0];
    expect(validateEntry(good), errorsOf(validateEntry)).toBe(true);

    const broken: [string, (e: Json) => void, string][] = [
      ['an unknown class', (e) => (e.class = 'oops'), '/class'],
      ['a missing Chinese title', (e) => delete e.title['zh-cn'], '/title'],
      ['an unknown provider', (e) => (e.provider = 'acme'), '/provider'],
      ['fix steps that are not a list', (e) => (e.fix.en = 'Do something.'), '/fix/en'],
      ['a string as status', (e) => (e.http = '402'), '/http'],
      ['a missing derived field', (e) => delete e.retryable, ''],
      ['an unknown verdict', (e) => (e.verdict = 'maybe'), '/verdict'],
      ['a field the types do not have', (e) => (e.severity = 'high'), ''],
      ['a missing JSON URL', (e) => delete e.urls.json, '/urls'],
    ];
    for (const [what, breakIt, path] of broken) {
      const copy = structuredClone(good);
      breakIt(copy);
      expect(validateEntry(copy), `an entry with ${what} must not validate`).toBe(false);
      expect(validateEntry.errors!.map((e) => e.instancePath).join(' '), what).toContain(path);

      const wholeCopy = structuredClone(doc);
      wholeCopy.entries[0] = copy;
      expect(catalog(wholeCopy), `the catalog with ${what} must not validate`).toBe(false);
    }
    expect(catalog({ ...doc, schemaVersion: 2 })).toBe(false);
    expect(catalog({ ...doc, generated: 'yesterday' })).toBe(false);
    const { statuses: _statuses, ...withoutStatuses } = doc;
    expect(catalog(withoutStatuses)).toBe(false);
  });
});

test.describe('/llms.txt and the Markdown twins', () => {
  test('/llms.txt follows llmstxt.org and lists every entry twin, and every link in it resolves', async ({
    request,
  }) => {
    const response = await request.get('/llms.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const text = await response.text();
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.find((l) => l.trim())).toBe(lines[0]);
    expect(lines[2]).toMatch(/^> \S/);
    expect(lines.filter((l) => l.startsWith('## ')).length).toBeGreaterThanOrEqual(providers.length);

    const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)\s]+)\)(?::\s*(.*))?$/gm)].map((m) => ({
      label: m[1]!,
      url: m[2]!,
      summary: m[3],
    }));
    for (const entry of entries) {
      for (const locale of locales) {
        const link = links.find((l) => pathOf(l.url) === `${locale === 'en' ? '' : '/zh-cn'}/errors/${entry.slug}.md`);
        expect(link, `${entry.slug} (${locale}) in llms.txt`).toBeDefined();
        expect(link!.label).toBe(entryHeading(entry, locale));
        expect(link!.summary, `${entry.slug} (${locale}) summary`).toBeTruthy();
      }
    }
    const broken: string[] = [];
    for (const { url } of links) {
      const status = (await request.get(pathOf(url), { maxRedirects: 0 })).status();
      if (status !== 200) broken.push(`${status} ${url}`);
    }
    expect(broken).toEqual([]);
  });

  test('every entry has a Markdown twin in both languages, headed by its title', async ({ request }) => {
    for (const locale of locales) {
      for (const entry of entries) {
        const path = `${locale === 'en' ? '' : '/zh-cn'}/errors/${entry.slug}.md`;
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expect(response.headers()['content-type'], path).toMatch(/^text\//);
        const text = await response.text();
        expect(text.startsWith(`# ${entryHeading(entry, locale)}\n`), path).toBe(true);
        expect(text, path).toContain(`> ${readProse('errors', entry.slug, locale).data.summary}`);
      }
    }
  });

  const samples = ['deepseek-402', 'openai-429-insufficient-quota', 'openai-sdk-rate-limit-error', 'gateway-503'];
  for (const slug of samples) {
    for (const locale of locales) {
      test(`the Markdown twin of ${slug} (${locale}) carries the page's facts, and its site links resolve`, async ({
        request,
      }) => {
        const entry = entries.find((e) => e.slug === slug)!;
        const path = `${locale === 'en' ? '' : '/zh-cn'}/errors/${slug}.md`;
        const response = await request.get(path);
        expect(response.status()).toBe(200);
        const text = await response.text();

        expect(text).toContain(entry.title[locale]);
        if (entry.officialName) expect(text).toContain(entry.officialName[locale]);
        if (entry.machine?.code) expect(text).toContain(`\`${entry.machine.code}\``);
        if (entry.machine?.type) expect(text).toContain(`\`${entry.machine.type}\``);
        if (entry.sdk?.python) expect(text).toContain(`\`${entry.sdk.python}\``);
        expect(text).toContain(`\`${entry.class}\``);
        expect(text).toContain(`\`${classInfo[entry.class].verdict}\``);
        const { data, body } = readProse('errors', slug, locale);
        expect(text).toContain(body);
        expect(text).toContain(data.retry);
        for (const [i, step] of data.fix.entries()) expect(text).toContain(`${i + 1}. ${step}`);
        if (data.distinguish) expect(text).toContain(data.distinguish);
        if (data.notes) expect(text).toContain(data.notes);
        if (entry.example) expect(text).toContain('```json\n' + JSON.stringify(entry.example.body, null, 2) + '\n```');
        for (const source of entry.sources) expect(text).toContain(`](${source.url})`);
        expect(text).toContain(entry.verified);
        // Chinese twins are in Chinese: the section headings are not the English ones.
        if (locale === 'zh-cn') expect(text).not.toContain('## How to fix it');

        const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
        const own = links.filter((url) => !entry.sources.some((s) => s.url === url));
        expect(own.length).toBeGreaterThan(2);
        for (const url of own) {
          const status = (await request.get(pathOf(url), { maxRedirects: 0 })).status();
          expect(status, url).toBe(200);
        }
      });
    }
  }
});
