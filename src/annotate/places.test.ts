import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from './places.js';
import type { PlaceMention } from './types.js';

const named = (text: string, surface: string): PlaceMention | undefined =>
  findPlaces(text).find((m) => text.slice(m.span.start, m.span.end) === surface);

test('spans cover exactly the name as written', () => {
  const text = 'Rockets hit Homs and Hama overnight.';
  const found = findPlaces(text).map((m) => text.slice(m.span.start, m.span.end));
  assert.deepEqual(found, ['Homs', 'Hama']);
});

test('"the western city of X" is an exact site introduced by "in"', () => {
  const m = named('Two people died in the western city of Homs on Monday.', 'Homs');
  assert.equal(m?.place.countryCode, 'SY');
  assert.equal(m?.precision, 'exact');
  assert.equal(m?.cue, 'in');
});

test('"X province" resolves to the first-level region with admin1 precision', () => {
  const m = named('Fighting continued in Idleb province on Friday.', 'Idleb');
  assert.equal(m?.place.level, 'admin1');
  assert.equal(m?.place.name, 'Idlib');
  assert.equal(m?.precision, 'admin1');
});

test('"X district" gives admin2 precision', () => {
  const m = named("A bomb exploded in Kabul's Paghman district.", 'Paghman');
  assert.equal(m?.place.countryCode, 'AF');
  assert.equal(m?.precision, 'admin2');
});

test('"near X" and "10 km north of X" are near, with the near cue', () => {
  const a = named('An airstrike hit a convoy near Douma.', 'Douma');
  assert.equal(a?.precision, 'near');
  assert.equal(a?.cue, 'near');
  const b = named('Shelling was reported 10 km north of Aleppo.', 'Aleppo');
  assert.equal(b?.precision, 'near');
  assert.equal(b?.place.level, 'city');
});

test('transliteration variants resolve to the same place', () => {
  const spellings = ['Deir ez-Zor', 'Deir al-Zour', 'Dayr az Zawr'];
  const ids = spellings.map((s) => named(`Clashes broke out in ${s} on Sunday.`, s)?.place.geonameId);
  assert.ok(ids[0]);
  assert.deepEqual(ids, [ids[0], ids[0], ids[0]]);
  assert.equal(named('Jets struck Qamishli and Hassakeh in Syria.', 'Hassakeh')?.place.countryCode, 'SY');
});

test('the Arabic article is part of the span and does not block the match', () => {
  const text = 'Turkish drones struck al-Bab and Al-Hasakah.';
  const spans = findPlaces(text).map((m) => text.slice(m.span.start, m.span.end));
  assert.ok(spans.includes('al-Bab'));
  assert.ok(spans.includes('Al-Hasakah'));
});

test('a country named next to an ambiguous name picks the candidate in that country', () => {
  const syria = named('A car bomb went off in Ariha, Syria.', 'Ariha');
  assert.equal(syria?.place.countryCode, 'SY');
  const palestine = named('Settlers attacked farmers in Ariha, Palestine.', 'Ariha');
  assert.equal(palestine?.place.countryCode, 'PS');
});

test('"in X, Y province, Country" chains resolve each name inside the next', () => {
  const text = 'Two men on a motorbike fired at a clinic in Maywand district, Kandahar province, Afghanistan.';
  const kandahar = named(text, 'Kandahar');
  assert.equal(kandahar?.place.level, 'admin1');
  assert.equal(kandahar?.cue, 'in');
  assert.equal(named(text, 'Afghanistan')?.precision, 'country');
});

test('common words and names that are also places somewhere are not places', () => {
  const text = 'Police said Rami Abdulrahman of the Syrian Observatory for Human Rights spoke on Monday about Hope.';
  assert.deepEqual(findPlaces(text), []);
});

test('a place inside an organisation name is not a mention, a facility is a near mention', () => {
  assert.equal(named('The Aleppo Media Center published a video.', 'Aleppo'), undefined);
  assert.equal(named('The Taliban claimed the attack on Kabul airport.', 'Taliban'), undefined);
  assert.equal(named('The Taliban claimed the attack on Kabul airport.', 'Kabul')?.precision, 'near');
});

test('a bare small place with no cue and no country context is ignored', () => {
  // "Reading" and "Mobile" are cities, but here they are ordinary words.
  assert.deepEqual(findPlaces('Reading the report, Mobile users complained.'), []);
});

test('a country right after an organisation name and "in" belongs to the name', () => {
  assert.equal(named('The Islamic Resistance in Iraq claimed a drone attack on Erbil.', 'Iraq'), undefined);
  assert.equal(named('The Islamic Resistance in Iraq claimed a drone attack on Erbil.', 'Erbil')?.place.countryCode, 'IQ');
});

test('a bracketed region after a town is the region, not a country of the same name', () => {
  const text = 'Gunmen abducted two traders in Minna (Chanchaga LGA, Niger) on Sunday.';
  const niger = named(text, 'Niger');
  assert.equal(niger?.place.countryCode, 'NG');
  assert.equal(niger?.place.level, 'admin1');
  assert.equal(named(text, 'Minna')?.place.countryCode, 'NG');
});

test('names made only of common words, clans and natural features are not places', () => {
  assert.deepEqual(findPlaces('Protesters gathered near the White House on Monday.'), []);
  assert.equal(named('Fighters of the Tikrit clan clashed with police.', 'Tikrit'), undefined);
  assert.equal(named('Soldiers searched the Kali forest for hours.', 'Kali'), undefined);
});

test('a town said to be inside a place far from it is a namesake and is dropped', () => {
  // Al-Bab lies in Aleppo governorate, Baglar in Diyarbakir: neither fits the container the text gives.
  const a = 'A bomb exploded in Al Bab (Idlib) on Monday.';
  assert.equal(named(a, 'Al Bab'), undefined);
  assert.equal(named(a, 'Idlib')?.place.level, 'admin1');
  const b = 'Clashes erupted in Baglar neighbourhood of Bagcilar, Istanbul.';
  assert.equal(named(b, 'Baglar'), undefined);
  assert.equal(named(b, 'Bagcilar')?.place.admin1, 'Istanbul');
  // The same town inside the right region stays.
  assert.equal(named('Airstrikes hit Kafr Nabl (Idlib) at dawn.', 'Kafr Nabl')?.place.admin1, 'Idlib');
});

test('sentence spans from the splitter are accepted, and an empty text has no places', () => {
  const text = 'Officials met in Kabul. Rama said nothing.';
  const sentences = [{ start: 0, end: 23, index: 0 }, { start: 24, end: text.length, index: 1 }];
  assert.deepEqual(findPlaces(text, sentences).map((m) => text.slice(m.span.start, m.span.end)), ['Kabul']);
  assert.deepEqual(findPlaces('', []), []);
});

test('a text that is not a string is refused with a SitrepError', () => {
  assert.throws(() => findPlaces(null as unknown as string), { name: 'SitrepError', code: 'BAD_DOCUMENT' });
});

test('a region word does not pull a name to a same-named region in a country the text is not about', () => {
  const text = 'Israeli jets struck a house in Beit Lahia in the North Gaza Governorate, Palestinian medics said.';
  const gaza = named(text, 'Gaza');
  assert.equal(gaza?.place.countryCode, 'PS');
  assert.equal(gaza?.precision, 'admin1');
});

test('a short country alias counts only when written in capitals', () => {
  assert.equal(named('Car bombs hit the UAE and the US on Monday.', 'Car'), undefined);
  assert.equal(named('Car bombs hit the UAE and the US on Monday.', 'UAE')?.place.countryCode, 'AE');
  assert.equal(named('Car bombs hit the UAE and the US on Monday.', 'US')?.place.countryCode, 'US');
});

test('a surname seen after a given name stays a person later in the text', () => {
  const text = 'John Kerry met officials in Geneva. Later Kerry said talks on Aleppo would resume.';
  const found = findPlaces(text).map((m) => text.slice(m.span.start, m.span.end));
  assert.deepEqual(found, ['Geneva', 'Aleppo']);
});

test("a country's possessive that lost its apostrophe does not hide the next name", () => {
  assert.equal(named('Shelling hit Syrias Aleppo on Friday.', 'Aleppo')?.place.countryCode, 'SY');
});

test('a GTD-style chain through unknown names still puts the first name inside the last', () => {
  // "Fayzabad" is also the capital of Badakhshan; inside Jawzjan it must be some other place, not that one.
  const text = 'A grenade was thrown at a shop in Fayzabad district, Jawzjan, Afghanistan.';
  assert.notEqual(named(text, 'Fayzabad')?.place.admin1, 'Badakhshan');
  assert.equal(named(text, 'Jawzjan')?.place.level, 'admin1');
  const chain = 'Assailants attacked a post in Tarin Kot, Uruzgan, Afghanistan.';
  assert.equal(named(chain, 'Tarin Kot')?.place.countryCode, 'AF');
});
