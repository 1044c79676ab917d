import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AFTER, Alternation, BEFORE } from './alternation.js';

/** What the one big regex finds: each match, and the first alternative that matches there on its own. */
function reference(alternatives: string[], flags: string, text: string, from = 0, to = text.length) {
  const slice = text.slice(0, to);
  const all = new RegExp(`${BEFORE}(?:${alternatives.map((a) => `(?:${a})`).join('|')})${AFTER}`, `g${flags}`);
  const each = alternatives.map((a) => new RegExp(`(?:${a})${AFTER}`, `y${flags}`));
  const out: { alt: number; start: number; end: number; text: string }[] = [];
  all.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = all.exec(slice)) !== null) {
    if (m[0].length === 0) {
      all.lastIndex++;
      continue;
    }
    const at = m.index;
    const alt = each.findIndex((re) => {
      re.lastIndex = at;
      return re.exec(slice) !== null;
    });
    out.push({ alt, start: at, end: at + m[0].length, text: m[0] });
  }
  return out;
}

function same(alternatives: string[], texts: string[], flags = 'iu') {
  const alternation = new Alternation(alternatives, flags);
  for (const text of texts) {
    assert.deepEqual(alternation.matchAll(text), reference(alternatives, flags, text), text);
    const mid = Math.floor(text.length / 3);
    assert.deepEqual(alternation.matchAll(text, mid, text.length - 2), reference(alternatives, flags, text, mid, text.length - 2), `${text} [${mid}, -2)`);
  }
}

describe('alternation', () => {
  it('finds what the single alternation finds, first alternative first, on word boundaries', () => {
    same(['police officers?', 'police(?:women|woman)?', 'officers?', 'shell(?:s|ed|ing)?'], [
      'Three police officers and two policewomen were hurt; seashells aside, troops shelled the town.',
      'POLICE Officer, policeman, police-officer, officers_ and officers.',
    ]);
  });

  it('reads optional beginnings, lookarounds and repeated digits', () => {
    same(['(?:the )?(?:Syrian |Iraqi )?army', '(?<=with )forces', 'shot(?! down)', '\\d+ ?mm mortars?', '(?:\\d+|one|two) (?:killed|dead)'], [
      'The Syrian army clashed with forces; the army shot down a drone and shot two. 120mm mortars, 81 mm mortar.',
      'One killed, 12 dead, two dead in 2020; iraqi army.',
    ]);
  });

  it('tries an alternative that may start with any letter wherever it could match', () => {
    same(['(?:(?!Khorasan)[A-Z][a-z]+ )?Province of the Islamic State', 'Islamic State'], [
      'Fighters of the Khorasan Province of the Islamic State and Sinai Province of the Islamic State; the Islamic State.',
      'No province here.',
    ]);
  });

  it('lets an alternative that matches nothing block the ones after it, as the regex does', () => {
    same(['(?:x)?', 'army'], ['the army and the xarmy', 'army']);
  });

  it('keeps the regex case folding and word characters beyond ASCII', () => {
    same(['shot', 'kill(?:ed)?', 'army', 'Idlib'], [
      'ſhot and \u212Aill in İdlib; Ma’arrat army’s shotéa army\u0345 killed',
      'armyé army', 'Idlib—army. \u00e9army',
    ]);
  });

  it('steps over surrogate pairs like the regex', () => {
    same(['army', '\\p{L}+ forces'], ['𝐀rmy army 😀army 𝐀 forces 😀 forces']);
  });

  it('matches case as written without the i flag', () => {
    same(['IS', 'ISIS', 'AQAP'], ['ISIS and IS and is and AQAP, aqap, ISIl'], 'u');
  });

  it('tells apart alternatives that have capture groups of their own', () => {
    same(['(a)rmy', '(?<n>police)', 'troops'], ['army police troops']);
  });

  it('agrees with the regex on generated texts', () => {
    const words = ['the', 'army', 'Army', 'shelled', 'shells', 'police', 'officers', '12', 'mm', 'mortar', 'Province', 'of', 'Islamic', 'State', 'é', '’s', '-', ',', 'x', 'ſhot', 'with', 'forces'];
    const alternatives = ['(?:the )?army', 'shell(?:s|ed|ing)?', 'police officers?', 'police', '\\d+ ?mm mortars?', '(?:[A-Z][a-z]+ )?Province of the Islamic State', '(?<=with )forces', "army's"];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const texts = Array.from({ length: 200 }, () => Array.from({ length: 3 + random(12) }, () => words[random(words.length)]).join(random(4) === 0 ? '' : ' '));
    same(alternatives, texts);
  });
});
