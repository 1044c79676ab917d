import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { findClaims, type RawClaim } from './claims.js';

/** The claims of one text; each carries the text its quote covers (parents stay the same objects). */
function claims(text: string): (RawClaim & { quoteText: string })[] {
  const a = annotate({ id: 't', text, publishedAt: '2024-05-10' });
  return findClaims(a).map((c) => Object.assign(c, { quoteText: text.slice(c.quote.start, c.quote.end) }));
}
const brief = (text: string) => claims(text).map((c) => `${c.kind} ${c.min}${c.max === c.min ? '' : `..${c.max ?? ''}`}${c.parent ? ' part' : ''}${c.additive ? ' +' : ''}`);

describe('claims', () => {
  it('a count before a passive casualty verb is a claim, and the quote covers count and verb', () => {
    const [c] = claims('Sixteen people were killed in the blast.');
    assert.equal(c.kind, 'killed');
    assert.equal(c.min, 16);
    assert.equal(c.quoteText, 'Sixteen people were killed');
  });

  it('an active verb takes the count after it: "the strike killed at least 9 civilians"', () => {
    const [c] = claims('The strike killed at least 9 civilians near the school.');
    assert.deepEqual([c.min, c.max, c.qualifier, c.victims], [9, null, 'at_least', 'civilians']);
  });

  it('a subject before an active verb is not its victims: "a suicide bomber killed 22 people"', () => {
    assert.deepEqual(brief('A suicide bomber killed 22 people at the market.'), ['killed 22']);
  });

  it('killed and wounded counts in one sentence get their own kinds', () => {
    assert.deepEqual(brief('The bombing killed five people and wounded 12 others.'), ['killed 5', 'injured 12']);
  });

  it('a list of groups shares one verb and its later members add up', () => {
    assert.deepEqual(brief('Four soldiers and two civilians were killed in the ambush.'), ['killed 4', 'killed 2 +']);
  });

  it('"including 6 children" is a part of the count before it', () => {
    const cs = claims('The shelling killed 14 people, including six children.');
    assert.equal(cs.length, 2);
    assert.equal(cs[1].parent, cs[0]);
    assert.equal(cs[1].victims, 'children');
  });

  it('"were among" makes the counts before it parts of the count after it', () => {
    const cs = claims('Two women and a child were among nine people killed on Sunday.');
    const whole = cs.find((c) => c.min === 9)!;
    assert.ok(whole);
    assert.ok(cs.filter((c) => c !== whole).every((c) => c.parent === whole));
  });

  it('the death toll rising to a figure much later in the sentence is still a claim', () => {
    const [c] = claims("The death toll from Tuesday's raid on the village near the river has risen to 31.");
    assert.deepEqual([c.kind, c.min], ['killed', 31]);
  });

  it('"no casualties" gives zero for both kinds', () => {
    assert.deepEqual(brief('The rocket hit an empty field and there were no casualties.'), ['killed 0', 'injured 0']);
  });

  it('one victim named without a number: "the driver was killed", "shot and killed a teacher"', () => {
    assert.deepEqual(brief('The driver was killed when the mine exploded.'), ['killed 1']);
    assert.deepEqual(brief('Gunmen shot and killed a teacher outside his home.'), ['killed 1']);
    assert.deepEqual(brief('Gunmen shot and killed a shopkeeper and a guard on the road.'), ['killed 2']);
  });

  it('a weekday after "killed" is not a victim', () => {
    assert.deepEqual(brief('At least 11 civilians were killed Thursday in the raids.'), ['killed 11..']);
  });

  it('"in addition to the bomber" counts the bomber among the dead', () => {
    const cs = claims('In addition to the bomber, six people were killed outside the stadium gate.');
    assert.deepEqual(cs.map((c) => [c.min, c.victimGroup, c.additive]), [[1, 'attackers', false], [6, 'people', true]]);
  });

  it('"the assailants were the only casualties" counts the attackers the text numbered', () => {
    const cs = claims('Two suicide bombers blew themselves up by the wall of the depot. Both assailants were the only reported casualties, police said.');
    assert.deepEqual(cs.map((c) => [c.kind, c.min, c.victimGroup]), [['killed', 2, 'attackers']]);
  });

  it('a passive verb takes no object: "one was killed, 13 others were injured"', () => {
    assert.deepEqual(brief('At least one person was killed, 13 others were injured.'), ['killed 1..', 'injured 13']);
  });

  it('"killed or wounded" cannot be split into kinds and gives no claim', () => {
    assert.deepEqual(brief('Some 40 people were killed or wounded in the fighting.'), []);
  });

  it('vague words carry the ACLED and Airwars codes for the toll rules', () => {
    const [c] = claims('Dozens of people were wounded in the strike.');
    assert.equal(c.qualifier, 'vague');
    assert.equal(c.vagueCodes?.acled, 12);
  });

  it('two victim nouns under one count make the victims mixed', () => {
    const [c] = claims('Over 30 soldiers and civilians were killed.');
    assert.equal(c.victims, 'soldiers and civilians');
    assert.equal(c.victimGroup, 'people');
  });
});

describe('claims about named people and captives', () => {
  it('"Rashid and his son were killed" counts two; "X and three of his guards" counts four', () => {
    assert.deepEqual(brief('Rashid and his son were killed when the shell struck their house.'), ['killed 2']);
    assert.deepEqual(brief('Karimi and three of his guards were killed near the gate.'), ['killed 4']);
  });

  it('a named pair does not swallow the next clause\'s count', () => {
    assert.deepEqual(brief('Nadir and one other man were killed and two others were injured.'), ['killed 2', 'injured 2']);
  });

  it('"the hostages were executed" counts the people taken earlier', () => {
    assert.deepEqual(brief('Gunmen kidnapped three engineers and a driver near the dam. The hostages were executed two days later.'), ['killed 4']);
  });
});

describe('toll updates', () => {
  it('"the death toll has risen to 11" marks the claim as an update', () => {
    const [c] = claims("The death toll from Wednesday's ambush near the river has risen to 11 soldiers.");
    assert.equal(c.update, true);
    assert.equal(c.min, 11);
    const [plain] = claims('Eleven soldiers were killed in the ambush.');
    assert.equal(plain.update, undefined);
  });

  it('"the number of people killed ... has risen to" is a toll noun too, of the kind it names', () => {
    const [killed] = claims("The number of people killed in Tuesday's bombing near the bridge has risen to 14, officials said.");
    assert.deepEqual([killed.kind, killed.min, killed.update], ['killed', 14, true]);
    // Only death tolls carry the update mark.
    const [wounded] = claims('The number wounded in the market blast rose to 40.');
    assert.deepEqual([wounded.kind, wounded.min, wounded.update], ['injured', 40, undefined]);
    // The casualties may be dead or wounded: no kind to give the figure.
    assert.deepEqual(claims('The number of casualties in the market blast rose to 40.'), []);
  });
});

describe('mixed outcomes', () => {
  it('gives no toll for a count that was "killed, injured or captured" together', () => {
    assert.deepEqual(claims('In early May, 3 militants were killed, injured or captured as soldiers swept the hills near the border.').filter((c) => c.kind === 'killed'), []);
  });
});

describe("coders' notes", () => {
  it("reads the coder's figure, not the count of events it is split across", () => {
    const text = 'Around 3 June, 9 rebels were killed in army raids in four provinces. Fatalities are split across 3 events (3).';
    const coded = claims(text).find((c) => c.quoteText.startsWith('Fatalities'));
    assert.equal(coded?.min, 3);
    assert.equal(coded?.max, 3);
  });

  it('gives the first event the rounded-up share of a figure spread over several places', () => {
    const text = 'On 4 June, shelling on three fronts caused deaths. Unclear fatalities coded as 10 and spread between 3 locations.';
    const coded = claims(text).find((c) => c.quoteText.includes('coded'));
    assert.equal(coded?.min, 4);
    assert.match(coded?.quoteText ?? '', /3 locations$/);
  });

  it('shares every reported death when a note splits the toll between events without a figure of its own', () => {
    const found = claims('Nine soldiers were killed and four wounded in two attacks near the border. Fatalities split between two events.');
    assert.deepEqual(found.filter((c) => c.kind === 'killed').map((c) => [c.min, c.sharedBy]), [[9, 2]]);
    const equally = claims('At least three soldiers were killed in the shelling. Total fatalities divided equally across three events.');
    assert.equal(equally[0].sharedBy, 3);
  });

  it('reads a spread after an aside ("coded as 6 (half a dozen) and spread across three locations") and a bare total ("2 fatalities.")', () => {
    const coded = claims('Fighters were killed on three fronts. Unclear fatalities coded as 6 (half a dozen) and spread across three locations.').find((c) => c.quoteText.includes('coded'));
    assert.equal(coded?.min, 2);
    const total = claims('Two gangs fought over a market stall and several men were hurt. 2 fatalities.').find((c) => c.quoteText.startsWith('2 fatalities'));
    assert.equal(total?.min, 2);
  });

  it('keeps a zero the coders wrote ("coded as 0")', () => {
    const coded = claims('One man was reportedly shot dead in the market. Fatalities coded as 0 (unverified report of 1).').find((c) => c.quoteText.includes('coded'));
    assert.equal(coded?.min, 0);
  });
});

describe('tolls given across several attacks', () => {
  it('marks a toll "across the three attacks" as shared by three, keeping the figure as written', () => {
    const text = 'Gunmen attacked a checkpoint on Tuesday. This was one of three related attacks in the district. At least 12 attackers were killed across the three attacks.';
    const [c] = claims(text);
    assert.equal(c.min, 12);
    assert.equal(c.sharedBy, 3);
  });

  it('takes the number of attacks from "one of four coordinated attacks" when the phrase has none, and "both" as two', () => {
    const four = claims('Militants stormed a base. This was one of four coordinated attacks on the same night. Nine soldiers were killed across the ensuing clashes.');
    assert.equal(four[0].sharedBy, 4);
    const both = claims('Two posts were attacked. Six policemen were killed across both attacks.');
    assert.equal(both[0].sharedBy, 2);
  });

  it('marks nothing without a count of attacks, or for a toll of this attack alone', () => {
    assert.equal(claims('Nine soldiers were killed across the ensuing clashes.')[0].sharedBy, undefined);
    assert.equal(claims('This was one of three attacks that day. Five soldiers were killed in the attack.')[0].sharedBy, undefined);
  });
});
