/**
 * Kept so that existing imports of `lib/diagnose.ts` keep working: the parser is the pipeline in
 * ./diagnose/ (see ./diagnose/index.ts).
 */
export * from './diagnose/index.ts';
