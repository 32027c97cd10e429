/**
 * Stops the build, before any page is rendered, when the catalog and its Markdown disagree: a missing
 * or extra file, a bad front-matter field, untranslated text or unequal fix steps (src/prose/check.ts).
 */
import type { AstroIntegration } from 'astro';
import { assertProse } from '../prose/check.ts';

export const proseCheck = (): AstroIntegration => ({
  name: 'llm-errors:prose-check',
  hooks: {
    'astro:config:setup': () => assertProse(),
  },
});
