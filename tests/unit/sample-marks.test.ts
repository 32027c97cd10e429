/**
 * The lines the guides highlight in each sample (content/samples/marks.ts) still exist, once each: a
 * rewritten line must have its mark updated. The browser test of the retries guide checks the rendered
 * highlights; this checks the marks of both guides against the files themselves.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { retryMarks, streamMarks } from '../../content/samples/marks.ts';

const sample = (path: string) => readFileSync(new URL(`../../content/samples/${path}`, import.meta.url), 'utf8');

for (const [guide, marks] of [
  ['retries', retryMarks],
  ['streams', streamMarks],
] as const) {
  describe(`the ${guide} guide's marks`, () => {
    for (const [path, patterns] of Object.entries(marks)) {
      it(`each find exactly one line of ${path}`, () => {
        const lines = sample(path).split('\n');
        for (const pattern of patterns) {
          const found = lines.filter((line) => new RegExp(pattern.source).test(line));
          assert.equal(found.length, 1, `${pattern.source} matches ${found.length} lines`);
        }
      });
    }
  });
}
