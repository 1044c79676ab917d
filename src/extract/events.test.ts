import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './index.js';
import { eventsIn } from './events.js';

/** The sub-event type of the first incident extracted from a short report, or null when there is none. */
function typeOf(text: string): string | null {
  return extract({ id: 't', text, publishedAt: '2021-03-10' }).incidents[0]?.subEventType ?? null;
}

const codesIn = (text: string): string[] => eventsIn(text, 0, text.length, 0).filter((e) => e.rank > 0).map((e) => e.code);

describe('event triggers', () => {
  it('reads "shot down" as a disrupted weapon, not as a shooting', () => {
    assert.deepEqual(codesIn('Rebels shot down a drone'), ['disrupted_weapons']);
  });

  it('ignores violence that is only feared or called off ("fears of an offensive")', () => {
    assert.deepEqual(codesIn('Residents spoke of fears of an offensive'), []);
  });

  it('ignores the grievance a protest is about ("against the unjust arrest of")', () => {
    assert.ok(!codesIn('Lawyers marched against the unjust arrest of a colleague').includes('arrests'));
  });

  it('takes a capture by the army as the government regaining ground', () => {
    assert.ok(codesIn('The army captured the village of Tarvo after a week').includes('gov_regains'));
  });

  it('reads tear gas shells as crowd control, not shelling', () => {
    assert.ok(!codesIn('Police fired tear gas shells at the crowd').includes('shelling'));
  });

  it('ignores an event dated by a past year ("the 2017 chemical attack")', () => {
    assert.ok(!codesIn('Troops neared the town hit by the 2017 chemical attack').includes('chemical'));
  });

  it('keeps an event whose date ends in a year ("10 Sep 2016 Air strikes")', () => {
    assert.ok(codesIn('Saturday 10 Sep 2016 Air strikes hit a market').includes('air_strike'));
  });

  it('ignores what a relative clause says happened before ("a man who was kidnapped")', () => {
    assert.ok(!codesIn('Residents buried a man who was kidnapped').includes('abduction'));
  });

  it('does not read the capture of fighters as a change of territory', () => {
    assert.ok(!codesIn('Soldiers captured two fighters near the river').some((c) => c === 'gov_regains' || c === 'nsa_overtakes'));
  });
});

describe('incident type', () => {
  it('codes fire answered by the other side as an armed clash, not shelling', () => {
    assert.equal(typeOf('On Monday, rebels shelled army posts near Kaldor. The soldiers fired back, killing two rebels.'), 'Armed clash');
  });

  it('codes mortars fired at positions with no answer as shelling', () => {
    assert.equal(typeOf('On Monday, government troops fired 82mm mortars at rebel positions near Kaldor.'), 'Shelling/artillery/missile attack');
  });

  it('codes small arms fire at positions as an armed clash', () => {
    assert.equal(typeOf('On Monday, rebels fired small arms at army positions near Kaldor.'), 'Armed clash');
  });

  it('codes gunmen killing soldiers as an armed clash, gunmen killing villagers as an attack', () => {
    assert.equal(typeOf('Gunmen attacked an army checkpoint in Kaldor on Monday, killing three soldiers.'), 'Armed clash');
    assert.equal(typeOf('Gunmen attacked the village of Kaldor on Monday, killing three villagers.'), 'Attack');
  });

  it('codes detentions by a non-state armed group as abduction, by state forces as arrests', () => {
    // ACLED codes detentions by non-state groups, even ones that run the area (the SDF), as abductions.
    assert.equal(typeOf('Al-Shabaab militants detained four teachers in Afgoye on Monday.'), 'Abduction/forced disappearance');
    assert.equal(typeOf('The Syrian Democratic Forces detained nine men in a raid on Hajin on Monday.'), 'Abduction/forced disappearance');
    assert.equal(typeOf('Police detained nine men in a raid on Hajin on Monday.'), 'Arrests');
  });

  it('codes villagers killed in a raid as an attack: a passive "villagers were killed" is no crowd acting', () => {
    assert.equal(typeOf('Twelve villagers were killed and 4 wounded when gunmen raided Kaura on Tuesday, officials said.'), 'Attack');
  });

  it('codes youths burning tyres and stoning police as a violent demonstration, a mob burning a shop as mob violence', () => {
    assert.equal(typeOf('Angry youths burned tyres and threw stones at police in Kisumu on Monday.'), 'Violent demonstration');
    assert.equal(typeOf('A mob set fire to a shop in Kisumu on Monday after a theft.'), 'Mob violence');
  });

  it('codes rioting over a disputed election as a violent demonstration', () => {
    assert.equal(typeOf('Rioters set fire to government offices in Kisumu on Monday after a disputed election.'), 'Violent demonstration');
  });

  it('codes a protest that police dispersed with tear gas as a protest with intervention', () => {
    assert.equal(typeOf('Hundreds of teachers protested in Kaldor on Monday over unpaid wages. Police dispersed them with tear gas.'), 'Protest with intervention');
  });

  it('codes police opening fire on peaceful protesters as excessive force', () => {
    assert.equal(typeOf('Police opened fire on peaceful protesters in Kaldor on Monday, killing two.'), 'Excessive force against protesters');
  });

  it('codes demonstrators burning tyres and blocking roads as a violent demonstration', () => {
    assert.equal(typeOf('On Monday, residents of Kaldor demonstrated against water cuts and blocked the main road with burning tyres.'), 'Violent demonstration');
  });

  it('codes a crowd beating a suspected thief, with no demonstration, as mob violence', () => {
    assert.equal(typeOf('On Monday, a mob of villagers beat a suspected thief to death in Kaldor.'), 'Mob violence');
  });

  it("codes two villages' groups clashing with sticks as mob violence, not an armed clash", () => {
    assert.equal(typeOf('On Monday, two groups of villagers clashed with sticks and stones over land near Kaldor, injuring six people.'), 'Mob violence');
  });

  it('codes defused explosives as disrupted weapons use', () => {
    assert.equal(typeOf('On Monday, police found and defused two explosive devices under a bridge in Kaldor.'), 'Disrupted weapons use');
  });

  it('codes reinforcements arriving at a front as a change to group activity', () => {
    assert.equal(typeOf('On Monday, rebel reinforcements arrived at the front north of Kaldor.'), 'Change to group/activity');
  });

  it('codes a joint patrol as a change to group activity', () => {
    assert.equal(typeOf('On Monday, Russian and Turkish forces conducted a joint patrol near Kaldor.'), 'Change to group/activity');
  });

  it('codes burned houses with no one hurt as property destruction', () => {
    assert.equal(typeOf('On Monday, militiamen looted shops and burned houses in Kaldor.'), 'Looting/property destruction');
  });

  it('codes a new military base as a headquarters established', () => {
    assert.equal(typeOf('On Monday, foreign troops set up a new military base near Kaldor.'), 'Headquarters or base established');
  });

  it('codes a town taken after the other side pulled out as a non-violent transfer', () => {
    assert.equal(typeOf('On Monday, rebels took control of Kaldor after government troops withdrew without a fight.'), 'Non-violent transfer of territory');
  });

  it('codes an agreed ceasefire as an agreement', () => {
    assert.equal(typeOf('On Monday, the two militias agreed a ceasefire in Kaldor.'), 'Agreement');
  });

  it('codes a roadside bomb as a remote explosive, a suicide bomber as a suicide bomb', () => {
    assert.equal(typeOf('A roadside bomb killed four soldiers near Kaldor on Monday.'), 'Remote explosive/landmine/IED');
    assert.equal(typeOf('A suicide bomber killed four soldiers near Kaldor on Monday.'), 'Suicide bomb');
  });

  it('takes the type a coder heading names', () => {
    assert.equal(typeOf('Movement of forces: On 3 March 2021, a convoy of 20 trucks crossed into Kaldor.'), 'Change to group/activity');
  });

  it('takes a crowd-size tag as a demonstration', () => {
    assert.equal(typeOf('On 3 March 2021, nurses in Kaldor demanded the payment of their salaries. [size=no report]'), 'Peaceful protest');
  });

  it('codes a raid in which people were only arrested as arrests', () => {
    assert.equal(typeOf('Police detained six men in overnight raids in Kaldor on Monday.'), 'Arrests');
  });

  it('codes a seizure of drugs as a property seizure, not disrupted weapons', () => {
    assert.equal(typeOf('On Monday, police seized two tons of marijuana hidden in a truck near Kaldor.'), 'Looting/property destruction');
  });

  it('codes a bomb that went off as a remote explosive even when another was defused', () => {
    assert.equal(typeOf('On Monday, a bomb planted in a car was detonated in Kaldor. Police defused a second device nearby.'), 'Remote explosive/landmine/IED');
  });

  it('codes territory taken from rebels as the government regaining it', () => {
    assert.equal(typeOf('On Monday, loyalist fighters took control of two villages from the rebels near Kaldor.'), 'Government regains territory');
  });

  it('codes a missile attack as shelling and an explosives-laden drone as a drone strike', () => {
    assert.equal(typeOf('On Monday, a missile attack hit an air base near Kaldor.'), 'Shelling/artillery/missile attack');
    assert.equal(typeOf('On Monday, an explosives-laden drone hit an air base near Kaldor.'), 'Air/drone strike');
  });

  it('codes police shooting at protesters as excessive force, but demonstrators who fight as a violent demonstration', () => {
    assert.equal(typeOf('On Monday, residents of Kaldor protested against the mayor. Police started to shoot at the protesters.'), 'Excessive force against protesters');
    assert.equal(typeOf('On Monday, students protested in Kaldor and clashed with police.'), 'Violent demonstration');
  });

  it('codes people killed by a flood as Other, not an attack', () => {
    assert.equal(typeOf('On Monday, floods killed twelve people in Kaldor.'), 'Other');
  });

  it('gives no incident for talks about a ceasefire', () => {
    assert.equal(typeOf('The two governments held talks on Monday about a possible ceasefire.'), null);
  });

  it('gives no incident for an announcement with no event', () => {
    assert.equal(typeOf('The ministry announced a new budget for schools on Monday.'), null);
  });
});
