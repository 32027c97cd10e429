/**
 * One typographic convention per language, so the pages read as one voice. The rules are listed in
 * the README ("Writing conventions"); machine text in code spans, code blocks and URLs is exempt.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proseOnly, siteTexts } from '../support/site-texts.ts';

type Rule = { pattern: RegExp; write: string };

const quotedMachineMessage: Rule = {
  pattern: /“[A-Za-z][^”]{3,}”/g,
  write: 'backticks for a quoted machine message',
};

const english: Rule[] = [
  { pattern: /[A-Za-z]'[A-Za-z]/g, write: 'a typographic apostrophe (’)' },
  { pattern: /\b[Rr]equest[ -]ids?\b/g, write: '“request ID” (or the field name in backticks)' },
  { pattern: /\btimezones?\b/gi, write: '“time zone”' },
  {
    pattern: /\b(recogni|summari|seriali|synchroni|authori|organi|minimi|normali|priori)s(e|es|ed|ing|ation)\b/gi,
    write: 'the -ize spelling',
  },
  { pattern: /\d\s+%|\d\s*percent\b/g, write: '“25%”' },
  {
    pattern: /(?<![\d.,])\d{4,}(?![\d.,])(?!\s*(?:bytes|B)\b)/g,
    write: 'a thousands separator (2,500), unless it is a year, an RFC or an issue number',
  },
  { pattern: /\d\s?x(?=\s|$)/g, write: '“×” for a multiple' },
  quotedMachineMessage,
];

const chinese: Rule[] = [
  { pattern: /\d\s+%/g, write: '“25%”' },
  { pattern: /\d{1,3}(?:,\d{3})+/g, write: 'digits without a separator (2500)' },
  { pattern: /[\u4e00-\u9fff]\s?\([^)]*\)|\([^)]*[\u4e00-\u9fff][^)]*\)/g, write: 'full-width parentheses（）' },
  quotedMachineMessage,
];

/** Numbers that are names, not quantities: years, RFCs, issue and ISO numbers. */
const namedNumber = /^(19|20)\d\d$|^(7231|8601|9110|9457|6585)$/;
/** English words in Chinese quotes that are labels, not machine messages. */
const quotedLabels = new Set(['“Type”', '“hard limit”']);

function violations(locale: 'en' | 'zh-cn', rules: Rule[]): string[] {
  const found: string[] = [];
  for (const [file, text] of siteTexts(locale)) {
    const prose = proseOnly(text);
    for (const { pattern, write } of rules) {
      for (const [match] of prose.matchAll(pattern)) {
        if (namedNumber.test(match) || quotedLabels.has(match)) continue;
        // Issue and pull-request numbers (“#1671”) are names too.
        if (/^\d+$/.test(match) && prose.includes(`#${match}`)) continue;
        found.push(`${file}: “${match}” — write ${write}`);
      }
    }
  }
  return found;
}

describe('writing conventions', () => {
  it('English prose uses one spelling and one typography', () => {
    assert.deepEqual(violations('en', english), []);
  });

  it('Chinese prose uses full-width punctuation and backticks for machine messages', () => {
    assert.deepEqual(violations('zh-cn', chinese), []);
  });
});
