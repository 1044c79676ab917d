import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActorRole } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import { findActors, type ActorMention } from './actors.js';

/** Actors of a one-sentence text, as "name/role" in text order. */
function actorsOf(text: string, country: string | null = null): ActorMention[] {
  return findActors({ text, sentences: [{ start: 0, end: text.length }], country });
}
const roles = (text: string, country: string | null = null): string[] => actorsOf(text, country).map((a) => `${a.name}/${a.role}`);
const roleOf = (text: string, name: string, country: string | null = null): ActorRole | undefined =>
  actorsOf(text, country).find((a) => a.name === name)?.role;

describe('actor names', () => {
  it('normalises the many names of one group: ISIS, ISIL, Daesh and Islamic State are one actor', () => {
    for (const alias of ['ISIS', 'ISIL', 'Daesh', 'the Islamic State group', 'IS militants']) {
      assert.deepEqual(actorsOf(`${alias} fighters stormed the village.`).map((a) => a.name), ['Islamic State'], alias);
    }
  });

  it('keeps an Islamic State province apart from the core group', () => {
    assert.deepEqual(roles('A statement from the Khorasan Province of the Islamic State took credit for the mosque blast.'), ['Islamic State Khorasan Province/perpetrator']);
    assert.deepEqual(roles('Militants of the Islamic State West Africa Province raided the base.'), ['Islamic State West Africa Province/perpetrator']);
  });

  it('matches acronyms case-sensitively, so the word "let" is no group', () => {
    assert.deepEqual(roles('They let the convoy pass.', 'PK'), []);
    assert.deepEqual(actorsOf('LeT gunmen opened fire.').map((a) => a.name), ['Lashkar-e-Taiba']);
  });

  it('names state forces after their country in ACLED style', () => {
    assert.deepEqual(actorsOf('Russian warplanes struck the town.').map((a) => a.name), ['Military Forces of Russia']);
    assert.deepEqual(actorsOf('Afghan police officers were wounded.').map((a) => a.name), ['Police Forces of Afghanistan']);
  });

  it('gives bare "government forces", "the regime" and "police" the country in context, and nothing without one', () => {
    assert.deepEqual(actorsOf('Government forces shelled the village.', 'SY').map((a) => a.name), ['Military Forces of Syria']);
    assert.deepEqual(actorsOf('Police dispersed the crowd.', 'KE').map((a) => a.name), ['Police Forces of Kenya']);
    assert.deepEqual(actorsOf('Government forces shelled the village.', null), []);
  });

  it('does not take "Free Syrian Army" for the Syrian army', () => {
    assert.deepEqual(actorsOf('The Free Syrian Army shelled the town.', 'SY').map((a) => a.name), ['Free Syrian Army']);
  });

  it('reads a name that only describes something else as no actor: "rebel-held", "anti-ISIS"', () => {
    assert.deepEqual(actorsOf('Air strikes hit an opposition-held town during the anti-ISIS campaign.', 'SY'), []);
  });

  it('shares a force word between two countries: "Syrian and Russian warplanes"', () => {
    assert.deepEqual(roles('The town was bombed by Syrian and Russian warplanes.'), ['Military Forces of Syria/perpetrator', 'Military Forces of Russia/perpetrator']);
  });

  it('leaves an unnamed attacker unnamed: gunmen are an unidentified armed group of the country in context', () => {
    assert.deepEqual(roles('Unknown gunmen shot dead a teacher.', 'MX'), ['Unidentified Armed Group (Mexico)/perpetrator']);
  });

  it('folds a generic word into the group it belongs to: "Taliban militants" is the Taliban alone', () => {
    assert.deepEqual(roles('Taliban militants attacked a checkpoint.', 'AF'), ['Taliban/perpetrator']);
  });

  it('names ethnic and clan militias as ACLED does', () => {
    assert.deepEqual(actorsOf('Tiv militias attacked three villages.', 'NG').map((a) => a.name), ['Tiv Ethnic Militia (Nigeria)']);
    assert.deepEqual(actorsOf('Militiamen from the Habar Gidir clan exchanged fire with rivals.', 'SO').map((a) => a.name), ['Habar Gidir Clan Militia (Somalia)']);
  });
});

describe('actor roles', () => {
  it('makes the subject of an attack verb the perpetrator and its object the target', () => {
    assert.deepEqual(roles('Houthi rebels attacked Saudi border guards.'), ['Military Forces of Yemen (Houthis)/perpetrator', 'Military Forces of Saudi Arabia/target']);
  });

  it('makes the agent after "by" the perpetrator', () => {
    assert.equal(roleOf('Ten civilians were killed in air strikes carried out by Turkish jets.', 'Military Forces of Turkey'), 'perpetrator');
  });

  it('does not take "held by" or "reported by" for an agent', () => {
    assert.equal(roleOf('The town, held by rebels since May, was quiet.', 'Opposition rebels', 'SY'), 'other');
  });

  it('makes a group that claimed responsibility the perpetrator, even with its acronym between', () => {
    assert.equal(roleOf('Al Shabaab claimed responsibility for the blast.', 'Al Shabaab'), 'perpetrator');
    assert.equal(roleOf('On Sunday the Ambazonia Defense Forces (ADF) claimed responsibility for burning the school.', 'Ambazonia Defense Forces'), 'perpetrator');
  });

  it('makes the group an attack is attributed to, or suspected of it, the perpetrator', () => {
    assert.equal(roleOf('Nobody has admitted the ambush, but local officials attributed the attack to separatists.', 'Separatists (Cameroon)', 'CM'), 'perpetrator');
    assert.equal(roleOf('Police officials suspected the involvement of the Taliban in the ambush.', 'Taliban'), 'perpetrator');
    assert.equal(roleOf('Sources suspected that Boko Haram was behind the attack.', 'Boko Haram'), 'perpetrator');
  });

  it('gives both groups of "X and Y claimed responsibility" the perpetrator role', () => {
    assert.deepEqual(roles('The Taliban and the Islamic State Khorasan Province separately claimed responsibility.'), ['Taliban/perpetrator', 'Islamic State Khorasan Province/perpetrator']);
  });

  it('makes an ally in a joint operation a perpetrator too', () => {
    assert.equal(roleOf('Iraqi troops, in coordination with the international coalition, stormed the district.', 'International Coalition'), 'perpetrator');
  });

  it('makes a name before an attack noun its perpetrator: "rebel shelling", "a Daesh attack"', () => {
    assert.deepEqual(roles('Rebel shelling killed four civilians.', 'SY'), ['Opposition rebels/perpetrator']);
    assert.equal(roleOf('Twenty people died in a Daesh attack on the village.', 'Islamic State'), 'perpetrator');
  });

  it('makes the people killed victims, in a sentence or in a headline', () => {
    assert.equal(roleOf('At least 12 Syrian soldiers were killed on Tuesday.', 'Military Forces of Syria'), 'victim');
    assert.equal(roleOf('Eight Syrian troops killed in desert clashes with IS', 'Military Forces of Syria'), 'victim');
    assert.equal(roleOf('The blast killed 25 Afghan soldiers.', 'Military Forces of Afghanistan'), 'victim');
  });

  it('makes the other side of a deadly fight its perpetrator: "killed in clashes with IS"', () => {
    assert.equal(roleOf('Eight Syrian troops killed in desert clashes with IS', 'Islamic State'), 'perpetrator');
  });

  it('reads "shot and killed" as active: the gunmen did it', () => {
    assert.equal(roleOf('Masked gunmen shot and killed a judge.', 'Unidentified Armed Group'), 'perpetrator');
  });

  it('does not make forces that stop an attacker its perpetrator', () => {
    assert.equal(roleOf('Before he reached the gate, security forces shot and killed a would-be suicide bomber.', 'Military Forces of Algeria', 'DZ'), 'other');
    assert.equal(roleOf('The hostages were rescued by the Nigerian army.', 'Military Forces of Nigeria'), 'other');
  });

  it('makes the owner of a vehicle or post hit in an attack its target', () => {
    assert.equal(roleOf('A bomb attached to an Afghan police vehicle exploded.', 'Police Forces of Afghanistan'), 'target');
  });

  it('leaves a speaker as other: "the Syrian army said"', () => {
    assert.equal(roleOf('The Syrian army said the town was calm.', 'Military Forces of Syria'), 'other');
  });

  it('gives a group whose people did something the role of those people: "fighters of the Nusra Front stormed"', () => {
    assert.equal(roleOf('Fighters of the Nusra Front stormed the base.', 'Al Nusra Front'), 'perpetrator');
    assert.equal(roleOf('Two members of the Nusra Front were killed.', 'Al Nusra Front'), 'victim');
  });
});

describe('crowds', () => {
  it('names the subject of a protest verb ACLED\'s Protesters of the country', () => {
    const [a] = actorsOf('On 2 May, teachers protested in front of the ministry.', 'KE');
    assert.equal(a.name, 'Protesters (Kenya)');
    assert.equal('On 2 May, teachers protested in front of the ministry.'.slice(a.span.start, a.span.end), 'teachers');
  });

  it('names a crowd that burns tyres or throws stones Rioters', () => {
    assert.deepEqual(actorsOf('On 3 May, dozens of residents blocked the road by burning tyres.', 'DZ').map((a) => a.name), ['Rioters (Algeria)']);
    assert.deepEqual(actorsOf('Demonstrators pelted stones at police.', 'IN').map((a) => `${a.name}/${a.role}`), ['Rioters (India)/perpetrator', 'Police Forces of India/target']);
  });

  it('does not take people who film a scene for a crowd', () => {
    assert.deepEqual(actorsOf('Footage that activists shared online showed the ruined bakery.', 'SY'), []);
  });
});

describe('findActors input', () => {
  it('throws a SitrepError naming the function when the text is not a string', () => {
    assert.throws(() => findActors({ text: 42 as unknown as string, sentences: [], country: null }), (e: unknown) => e instanceof SitrepError && /findActors/.test(String(e)));
  });

  it('gives every mention its sentence and a span that points at its words', () => {
    const text = 'Calm returned. Rebels shelled the town.';
    const [a] = findActors({ text, sentences: [{ start: 0, end: 14 }, { start: 15, end: text.length }], country: 'SY' });
    assert.equal(a.sentence, 1);
    assert.equal(text.slice(a.span.start, a.span.end), 'Rebels');
  });
});
