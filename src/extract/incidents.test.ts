// How an article splits into incidents: the main event first, a retaliation elsewhere as its own incident,
// history and running war tolls as background whose tolls never reach the main incident. Texts written for
// these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './index.js';

const incidentsOf = (text: string, title?: string) => extract({ id: 't', text, title, publishedAt: '2024-03-08' }).incidents;

describe('incident segmentation', () => {
  it('keeps a war\'s running toll ("the war in X has left an estimated N dead") out of the attack\'s toll', () => {
    const text = 'An air strike killed 14 people in the market of Saraqib on Thursday, rescuers said. '
      + 'The ongoing war in Syria has left an estimated 350000 dead and displaced millions.';
    const [main, ...rest] = incidentsOf(text);
    assert.equal(main.background, false);
    assert.equal(main.casualties.killed?.best, 14);
    // The running toll is kept, but only as background.
    assert.ok(rest.every((i) => i.background));
    assert.ok(!main.claims.some((c) => c.min === 350000));
  });

  it('marks history that happened long before publication as background ("have held the province since 2015")', () => {
    const text = 'Militants attacked an army post near Ghazni on Wednesday, killing five soldiers, officials said. '
      + 'The militants have held much of the province since 2015, when they killed 200 policemen in a week of fighting.';
    const incidents = incidentsOf(text);
    assert.equal(incidents[0].background, false);
    assert.equal(incidents[0].casualties.killed?.best, 5);
    assert.ok(incidents.slice(1).every((i) => i.background));
  });

  it('splits an attack and a retaliation elsewhere into two incidents, the attack first', () => {
    const text = 'A car bomb killed nine people in Azaz on Tuesday, the civil defence said. '
      + 'In retaliation, Turkish artillery shelled the village of Tell Rifaat on Wednesday, killing two fighters.';
    const incidents = incidentsOf(text).filter((i) => !i.background);
    assert.equal(incidents.length, 2);
    assert.equal(incidents[0].casualties.killed?.best, 9);
    assert.equal(incidents[1].casualties.killed?.best, 2);
    assert.notEqual(incidents[0].location?.name, incidents[1].location?.name);
    assert.equal(incidents[0].date?.start, '2024-03-05');
    assert.equal(incidents[1].date?.start, '2024-03-06');
  });

  it('puts the incident the headline names first, even when the article opens with another', () => {
    const title = 'Suicide bombing kills 30 at Kabul mosque';
    const text = 'Police in Herat arrested two men on Monday. '
      + 'Separately, a suicide bomber killed 30 worshippers at a mosque in Kabul on Friday, the interior ministry said.';
    const [main] = incidentsOf(text, title);
    assert.equal(main.casualties.killed?.best, 30);
    assert.equal(main.subEventType, 'Suicide bomb');
  });

  it('never places the event at a dateline in capitals, even after a scraped teaser', () => {
    const text = 'Russian jets hit militant convoy in Syria. MOSCOW (Interfax) Russian jets struck a militant convoy '
      + 'on Monday, killing 20 militants, the defence ministry said.';
    const [main] = incidentsOf(text);
    assert.equal(main.casualties.killed?.best, 20);
    assert.equal(main.location?.countryCode, 'SY');
  });

  it('gives an article without any event no incident', () => {
    assert.deepEqual(incidentsOf('The foreign ministers met in Geneva to discuss reconstruction funding and trade.'), []);
  });
});
