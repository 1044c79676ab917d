// The benchmark's own report templates: how an outlet might word a short report of one kind of event.
// Written for the benchmark from general newswire style (no evaluation text); each kind names the ACLED
// sub-event type a report of it should be coded as, so the generator can check extraction against it.
//
// Slots: {date} (a date expression: "on Tuesday", "yesterday", "on 3 March"), {place}, {admin1}, {country},
// {perp} (the perpetrator as a group: "Al Shabaab", "Somali forces"), {perpPeople} ("Al Shabaab militants",
// "Somali soldiers"), {weekday} (the event's weekday, for "Tuesday's attack"), {state} (the country's forces: "Somali troops"), {k} / {i} (killed / injured, as
// written: "12", "at least 12"), {victims} ("civilians", "people"), {n} (people abducted or arrested),
// {source} (who said it). A {Date} or {Source} capitalises the slot's first letter.

/** What a kind of event needs from the generator. */
export interface EventKind {
  key: string;
  /** ACLED sub-event type and event type the report should be coded as. */
  subEventType: string;
  eventType: string;
  /** What a follow-up report calls the event ("Tuesday's air strike"). */
  noun: string;
  /** Who may be the perpetrator: a named armed group, the state's forces, or nobody named. */
  perpetrators: ('group' | 'state' | 'unnamed')[];
  /** Killed toll range [min, max] (0 for events without deaths); injured is drawn from 0..2×killed. */
  killed: [number, number];
  /** Relative frequency among events. */
  weight: number;
  templates: string[];
}

export const EVENT_KINDS: EventKind[] = [
  {
    key: 'air_strike',
    noun: 'air strike',
    subEventType: 'Air/drone strike',
    eventType: 'Explosions/Remote violence',
    perpetrators: ['state'],
    killed: [1, 40],
    weight: 14,
    templates: [
      '{Date}, {perp} warplanes struck {place} in {admin1}, killing {k} {victims} and wounding {i} others, {source} said.',
      '{K} {victims} were killed and {i} injured when an air strike hit a market in {place}, {country}, {date}, according to {source}.',
      '{Source} said an airstrike on the town of {place} {date} killed {k} {victims}. Another {i} people were wounded.',
      'A drone strike hit a vehicle in {place} in {admin1} {date}, killing {k} {victims}, {source} told reporters.',
    ],
  },
  {
    key: 'shelling',
    noun: 'shelling',
    subEventType: 'Shelling/artillery/missile attack',
    eventType: 'Explosions/Remote violence',
    perpetrators: ['state', 'group'],
    killed: [1, 25],
    weight: 12,
    templates: [
      '{Date}, artillery shells fired by {perp} hit residential areas of {place}, {country}, killing {k} {victims} and injuring {i}, {source} said.',
      'Shelling of {place} in {admin1} {date} killed {k} {victims} and wounded {i}, according to {source}, who blamed {perp}.',
      '{K} {victims} died when rockets fired by {perp} struck {place} {date}, {source} said.',
    ],
  },
  {
    key: 'ied',
    noun: 'roadside bombing',
    subEventType: 'Remote explosive/landmine/IED',
    eventType: 'Explosions/Remote violence',
    perpetrators: ['group', 'unnamed'],
    killed: [1, 20],
    weight: 12,
    templates: [
      'A roadside bomb exploded next to an army patrol in {place}, {admin1}, {date}, killing {k} soldiers and wounding {i}, {source} said.',
      '{K} soldiers were killed and {i} were wounded when their vehicle struck a landmine in {place} {date}, {source} said.',
      '{Source} said an improvised explosive device went off in {place} {date}, killing {k} soldiers. No group claimed the blast.',
    ],
  },
  {
    key: 'suicide_bomb',
    noun: 'suicide bombing',
    subEventType: 'Suicide bomb',
    eventType: 'Explosions/Remote violence',
    perpetrators: ['group'],
    killed: [2, 60],
    weight: 5,
    templates: [
      '{Date}, a suicide bomber blew himself up at a checkpoint in {place}, {country}, killing {k} people and wounding {i}, {source} said. {Perp} claimed the attack.',
      'A suicide car bomb claimed by {perp} killed {k} people and injured {i} in {place} {date}, according to {source}.',
      '{K} people were killed in a suicide bombing at a mosque in {place} in {admin1} {date}, {source} said.',
    ],
  },
  {
    key: 'armed_clash',
    noun: 'clashes',
    subEventType: 'Armed clash',
    eventType: 'Battles',
    perpetrators: ['group'],
    killed: [1, 30],
    weight: 20,
    templates: [
      '{Date}, {perpPeople} clashed with {state} in {place}, {admin1}. {K} fighters were killed in the fighting, {source} said.',
      'Fighting between {state} and {perpPeople} in {place} {date} left {k} combatants dead and {i} wounded, according to {source}.',
      '{PerpPeople} attacked an army base in {place}, {country}, {date}, sparking clashes that killed {k} soldiers, {source} said.',
      '{Source} said {k} people were killed in heavy fighting between {perp} and {state} in {place} {date}.',
    ],
  },
  {
    key: 'attack',
    noun: 'attack',
    subEventType: 'Attack',
    eventType: 'Violence against civilians',
    perpetrators: ['group', 'unnamed'],
    killed: [1, 30],
    weight: 20,
    templates: [
      '{Date}, {perpPeople} attacked the village of {place} in {admin1}, killing {k} civilians, {source} said.',
      '{PerpPeople} shot dead {k} civilians in {place}, {country}, {date}, according to {source}.',
      '{K} villagers were killed and {i} wounded when {perpPeople} raided {place} {date}, {source} said.',
      '{Source} said {perpPeople} killed {k} farmers in {place} {date}.',
    ],
  },
  {
    key: 'abduction',
    noun: 'abduction',
    subEventType: 'Abduction/forced disappearance',
    eventType: 'Violence against civilians',
    perpetrators: ['group', 'unnamed'],
    killed: [0, 0],
    weight: 6,
    templates: [
      '{Date}, {perpPeople} abducted {n} people from {place} in {admin1}, {source} said.',
      '{PerpPeople} kidnapped {n} passengers on a road near {place}, {country}, {date}, according to {source}.',
      '{N} villagers were abducted by {perpPeople} in {place} {date}, {source} said.',
    ],
  },
  {
    key: 'peaceful_protest',
    noun: 'protest',
    subEventType: 'Peaceful protest',
    eventType: 'Protests',
    perpetrators: ['unnamed'],
    killed: [0, 0],
    weight: 8,
    templates: [
      '{Date}, hundreds of people protested in {place}, {country}, against rising fuel prices, {source} said.',
      'Residents of {place} in {admin1} held a peaceful demonstration {date} to demand better water supplies.',
      'Teachers marched in {place} {date} demanding unpaid salaries, {source} said. The protest ended without incident.',
    ],
  },
  {
    key: 'riot',
    noun: 'riot',
    subEventType: 'Violent demonstration',
    eventType: 'Riots',
    perpetrators: ['unnamed'],
    killed: [0, 0],
    weight: 3,
    templates: [
      '{Date}, rioters set fire to government offices in {place}, {country}, after a disputed election, {source} said.',
      'Angry youths burned tyres and threw stones at police in {place} in {admin1} {date}, {source} said.',
    ],
  },
];

/** Who the report cites (the outlet's own sourcing), by kind of event; none are eval or real quotes. */
export const SOURCES = [
  'local officials', 'a police spokesman', 'the provincial governor', 'residents', 'a hospital official',
  'a military spokesman', 'witnesses', 'a local administrator', 'security sources', 'a medical source',
];

/** Victims for kinds that kill civilians, as a report might call them. */
export const VICTIMS = ['civilians', 'people'];

/** A later report of an event whose toll rose (its text says so: the ledger keeps it in the same incident). */
export const UPDATE_TEMPLATES = [
  'The death toll from {weekday}\'s {event} in {place}, {country}, rose to {k}, {source} said.',
  'The number of people killed in {weekday}\'s {event} in {place} has risen to {k}, {source} said.',
];

/** Outlet names for the synthetic reports (invented). */
export const OUTLETS = [
  'Frontline Wire', 'Daily Dispatch', 'Regional Herald', 'Morning Courier', 'Capital Times', 'Border Monitor',
  'Evening Post', 'Continental News', 'Field Reporter', 'Crisis Bulletin', 'Valley Gazette', 'World Desk',
];
