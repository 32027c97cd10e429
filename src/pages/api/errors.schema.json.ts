/**
 * `/api/errors.schema.json`: the JSON Schema (draft 2020-12) of `/api/errors.json` and
 * `/api/errors/<slug>.json`, generated at build time by ts-json-schema-generator from the
 * TypeScript types the documents are built with (`CatalogDocument` in src/lib/catalog-json.ts).
 * The root validates the whole catalog; `#/$defs/CatalogEntryDocument` validates one entry's file
 * and `#/$defs/CatalogEntry` one entry.
 */
import type { APIRoute } from 'astro';
import { srcDir } from 'astro:config/server';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator, type Schema } from 'ts-json-schema-generator';
import { absoluteUrl, routes } from '../../catalog/index.ts';
import { jsonResponse } from '../../lib/catalog-documents.ts';
import { schemaVersion } from '../../lib/catalog-json.ts';

/** The types the schema describes: the root document first, then the other documents served. */
const rootType = 'CatalogDocument';
const otherTypes = ['CatalogEntryDocument'];

/**
 * Draft-07 output of the generator as draft 2020-12: `definitions` become `$defs` (and so do the refs),
 * tuple `items` become `prefixItems`. Keys inside `properties` and `$defs` are names, left alone.
 */
function toDraft2020(value: unknown, namesOnly = false): unknown {
  if (Array.isArray(value)) return value.map((v) => toDraft2020(v));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (namesOnly) return [key, toDraft2020(v)];
      if (key === '$ref' && typeof v === 'string') return [key, v.replace(/^#\/definitions\//, '#/$defs/')];
      if (key === 'items' && Array.isArray(v)) return ['prefixItems', toDraft2020(v)];
      if (key === 'definitions') return ['$defs', toDraft2020(v, true)];
      return [key, toDraft2020(v, key === 'properties' || key === '$defs')];
    }),
  );
}

function generateSchema(id: string): Record<string, unknown> {
  const source = fileURLToPath(new URL('lib/catalog-json.ts', srcDir));
  if (!existsSync(source)) throw new Error(`errors.schema.json: ${source} not found (the types of the schema)`);
  const generator = createGenerator({
    path: source,
    tsconfig: fileURLToPath(new URL('../tsconfig.json', srcDir)),
    type: rootType,
    // The build type-checks nothing; `astro check` and `tsc` do. Skipping it here saves seconds.
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const root = generator.createSchema(rootType);
  const definitions: Record<string, unknown> = { ...root.definitions };
  for (const type of otherTypes) Object.assign(definitions, generator.createSchema(type).definitions);
  const { $ref } = root as Schema & { $ref: string };
  return toDraft2020({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'LLM API Errors catalog',
    description: `The documents of /api/errors.json (this root) and /api/errors/<slug>.json (#/$defs/CatalogEntryDocument), schema version ${schemaVersion}. Generated from the TypeScript types of the catalog.`,
    $ref,
    definitions,
  }) as Record<string, unknown>;
}

export const GET: APIRoute = () =>
  jsonResponse(generateSchema(absoluteUrl(routes.schemaJson())), 'application/schema+json');
