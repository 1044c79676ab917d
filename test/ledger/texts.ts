// Short reports written for the ledger tests: the same events told by different outlets, near-misses (another
// attack in the same city on the same day) and follow-ups whose toll rises. Each comes with the incidents an
// extractor should find in it (see build.ts), so store tests do not depend on the extractor.
import type { Doc } from '../../src/core/types.js';
import { report } from './build.js';

const doc = (id: string, text: string, over: Partial<Doc> = {}): Doc => ({ id, text, publishedAt: '2024-03-05', ...over });

/** One air strike on an Aleppo market told by two outlets. */
export const marketStrike = {
  levant: report(
    doc('levant-1', 'ALEPPO — Russian warplanes hit a market in Aleppo on Tuesday, killing 12 civilians, the Syrian Observatory for Human Rights said.', {
      source: 'Levant Wire', url: 'https://levantwire.example/news/market-strike?utm_source=feed', title: 'Air strike on Aleppo market',
    }),
    { type: 'air_strike', date: '2024-03-05', place: 'aleppo', actors: [['Military Forces of Russia', 'perpetrator']],
      claims: [{ n: 12, quote: 'killing 12 civilians', source: 'Syrian Observatory for Human Rights', victims: 'civilians' }] },
  ),
  crescent: report(
    doc('crescent-7', 'Warplanes struck a crowded market in Aleppo on Tuesday. Civil defence workers said 15 people were killed and 30 wounded.', {
      source: 'Daily Crescent', url: 'https://crescent.example/2024/03/05/aleppo', title: 'Market bombed in Aleppo',
    }),
    { type: 'air_strike', date: '2024-03-05', place: 'aleppo',
      claims: [
        { n: 15, quote: '15 people were killed', source: 'Civil Defence', sourceKind: 'government' },
        { kind: 'injured', n: 30, quote: '30 wounded', source: 'Civil Defence', sourceKind: 'government' },
      ] },
  ),
};

/** Other attacks in Aleppo on the same Tuesday that must stay apart from the market strike. */
export const aleppoNearMisses = {
  carBomb: report(
    doc('levant-2', 'A car bomb exploded near an army checkpoint in Aleppo on Tuesday, killing 3 soldiers, state media said.', { source: 'Levant Wire' }),
    { type: 'ied', date: '2024-03-05', place: 'aleppo', actors: [['Military Forces of Syria', 'target']],
      claims: [{ n: 3, quote: 'killing 3 soldiers', source: 'state media', sourceKind: 'government', victims: 'soldiers' }] },
  ),
  turkishDrone: report(
    doc('north-3', 'A Turkish drone struck a car on the edge of Aleppo on Tuesday, killing 12 fighters, Kurdish officials said.', { source: 'North Press' }),
    { type: 'air_strike', date: '2024-03-05', place: 'aleppo', actors: [['Military Forces of Turkey', 'perpetrator']],
      claims: [{ n: 12, quote: 'killing 12 fighters', source: 'Kurdish officials', sourceKind: 'government' }] },
  ),
  smallStrike: report(
    doc('crescent-8', 'A strike on a farmhouse outside Aleppo on Tuesday killed 2 people, residents said.', { source: 'Daily Crescent' }),
    { type: 'air_strike', date: '2024-03-05', place: 'aleppo', claims: [{ n: 2, quote: 'killed 2 people', source: 'residents', sourceKind: 'witness' }] },
  ),
};

/** A restaurant bombing in Mogadishu whose toll rises over three days of reports. */
export const mogadishuFollowUps = [
  report(
    doc('horn-1', 'A suicide bomber blew himself up at a restaurant in Mogadishu on Sunday, killing 8 people, police said.', { source: 'Horn Courier', publishedAt: '2024-03-10' }),
    { type: 'suicide_bomb', date: '2024-03-10', place: 'mogadishu', claims: [{ n: 8, quote: 'killing 8 people', source: 'police', sourceKind: 'government' }] },
  ),
  report(
    doc('horn-2', "The death toll from Sunday's suicide bombing at a Mogadishu restaurant has risen to 14, police said.", { source: 'Horn Courier', publishedAt: '2024-03-11' }),
    { type: 'suicide_bomb', date: '2024-03-10', place: 'mogadishu', claims: [{ n: 14, quote: 'has risen to 14', source: 'police', sourceKind: 'government' }] },
  ),
  report(
    doc('capital-5', 'Hospital officials said 21 people died in the restaurant attack in Mogadishu, after several of the wounded succumbed to their injuries.', { source: 'Capital FM', publishedAt: '2024-03-12' }),
    { type: 'suicide_bomb', date: '2024-03-10', place: 'mogadishu', claims: [{ n: 21, quote: '21 people died', source: 'Hospital officials', sourceKind: 'government' }] },
  ),
];

/** A Kabul report with a primary incident and a background paragraph. */
export const kabulWithBackground = report(
  doc('kabul-1', 'Gunmen attacked a mosque in Kabul on Friday, killing 4 worshippers. The war has killed more than 10000 people since 2021.', { source: 'Kabul Times', publishedAt: '2024-03-08' }),
  { type: 'attack', date: '2024-03-08', place: 'kabul', claims: [{ n: 4, quote: 'killing 4 worshippers', victims: 'worshippers' }] },
  { type: 'armed_clash', date: { start: '2021-01-01', end: '2021-12-31', precision: 'year' }, place: 'kabul', background: true,
    claims: [{ n: 10001, max: null, qualifier: 'more_than', quote: 'more than 10000 people' }] },
);

/** A shelling of Kharkiv, told once at day precision and once at month precision. */
export const kharkiv = {
  day: report(
    doc('east-1', 'Shelling hit a residential block in Kharkiv on March 14, killing 5 people, the regional governor said.', { source: 'East Wire', publishedAt: '2024-03-14' }),
    { type: 'shelling', date: '2024-03-14', place: 'kharkiv', claims: [{ n: 5, quote: 'killing 5 people', source: 'regional governor', sourceKind: 'government' }] },
  ),
  month: report(
    doc('east-9', 'In March, shelling of a residential block in Kharkiv killed 5 people, the regional governor said.', { source: 'Monthly Review', publishedAt: '2024-04-02' }),
    { type: 'shelling', date: { start: '2024-03-01', end: '2024-03-31', precision: 'month' }, place: 'kharkiv',
      claims: [{ n: 5, quote: 'killed 5 people', source: 'regional governor', sourceKind: 'government' }] },
  ),
};

/**
 * An attack on a gendarmerie post that the first report can place only in the country, and a follow-up that
 * names the town and a risen toll; around them, other fighting in the same country on the same day.
 */
export const sahelAttack = {
  first: report(
    doc('sahel-1', 'Islamist militants attacked a gendarmerie post in northern Burkina Faso on Monday, killing at least 5 gendarmes, security sources said.', { source: 'Savanna Post', publishedAt: '2024-05-07' }),
    { type: 'armed_clash', date: '2024-05-06', place: 'burkinaFaso', actors: [['Muslim extremists', 'perpetrator']],
      claims: [{ n: 5, max: null, qualifier: 'at_least', quote: 'killing at least 5 gendarmes', source: 'security sources', sourceKind: 'government', victims: 'gendarmes' }] },
  ),
  risen: report(
    doc('sahel-2', "The death toll from Monday's attack on the gendarmerie post in Djibo has risen to 9, the army said. JNIM claimed the attack.", { source: 'Volta Daily', publishedAt: '2024-05-08' }),
    { type: 'armed_clash', date: '2024-05-06', place: 'djibo', actors: [['JNIM: Group for Support of Islam and Muslims', 'perpetrator']],
      claims: [{ n: 9, quote: 'has risen to 9', source: 'the army', sourceKind: 'government' }] },
  ),
  /** The army's own raid that day: state forces are no description of a jihadist group. */
  raid: report(
    doc('sahel-3', 'Soldiers killed 7 suspected militants in a raid in the Sahel region on Monday, the army said.', { source: 'Volta Daily', publishedAt: '2024-05-07' }),
    { type: 'armed_clash', date: '2024-05-06', place: 'sahelRegion', actors: [['Military Forces of Burkina Faso', 'perpetrator']],
      claims: [{ n: 7, quote: 'killed 7 suspected militants', source: 'the army', sourceKind: 'government' }] },
  ),
  /** A smaller ambush told later, with no word of an update: a lower toll is no follow-up. */
  ambush: report(
    doc('sahel-4', 'Gunmen ambushed a supply convoy in the Sahel region on Monday, killing 3 soldiers, a local official said.', { source: 'Savanna Post', publishedAt: '2024-05-09' }),
    { type: 'armed_clash', date: '2024-05-06', place: 'sahelRegion', actors: [['Unidentified Armed Group (Burkina Faso)', 'perpetrator']],
      claims: [{ n: 3, quote: 'killing 3 soldiers', source: 'a local official', sourceKind: 'government', victims: 'soldiers' }] },
  ),
};
