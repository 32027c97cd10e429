/**
 * The glossary keeps the Chinese honest: no Chinese text of the site uses a word the glossary
 * retires. The retired words, what replaces them, their allowed compounds and the reason are the
 * table "退用的词" in content/GLOSSARY.zh-cn.md, so the rule is written in one place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entries, httpStatuses } from '../../src/catalog/index.ts';
import { proseOnly, readRepoFile as read, siteTexts } from '../support/site-texts.ts';

/** The rows of the glossary's table of retired words: word, replacement, allowed compounds. */
function retiredWords() {
  const section =
    read('content/GLOSSARY.zh-cn.md')
      .split(/^## 退用的词\s*$/m)[1]
      ?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, word, instead, except]) => ({
      word: word!,
      instead: instead!,
      except: except ? except.split(/[、,，\s]+/) : [],
    }));
}

/** Every Chinese text of the site, by where it lives. */
function chineseTexts(): [string, string][] {
  return [
    // Code spans hold machine output and official messages quoted exactly: only our prose is held to the table.
    ...siteTexts('zh-cn').map(([where, text]): [string, string] => [where, proseOnly(text)]),
    ...entries.map((e): [string, string] => [`src/catalog (entry "${e.slug}", title.zh-cn)`, e.title['zh-cn']]),
    ...httpStatuses.map((s): [string, string] => [
      `src/catalog/statuses.ts (${s.status}, name.zh-cn)`,
      s.name['zh-cn'],
    ]),
  ];
}

describe('the Chinese glossary', () => {
  const retired = retiredWords();

  it('lists the words it retires, each with its replacement', () => {
    assert.ok(retired.length >= 5, 'the table "退用的词" is missing or empty');
    for (const row of retired) assert.ok(row.word && row.instead, JSON.stringify(row));
  });

  it('is followed by every Chinese text of the site', () => {
    const found: string[] = [];
    for (const [where, text] of chineseTexts()) {
      for (const { word, instead, except } of retired) {
        const cleaned = except.reduce((t, allowed) => t.replaceAll(allowed, ''), text);
        if (cleaned.includes(word))
          found.push(`${where}: uses “${word}” — write “${instead}” (content/GLOSSARY.zh-cn.md)`);
      }
    }
    assert.deepEqual(found, []);
  });
});
