// Who a toll can be attributed to, and how to classify them (CONTRACT.md SourceRef.kind). Written from
// general knowledge of conflict reporting. `name` is the canonical name; null means "use the words as written"
// (generic roles such as "a local official"). Longer, more specific patterns are tried first.
import type { SourceKind } from '../core/types.js';

export interface SourceEntry {
  pattern: string;
  name: string | null;
  kind: SourceKind;
}

export const SOURCE_LEXICON: SourceEntry[] = [
  // Monitors and rights groups
  { pattern: 'Syrian Observatory for Human Rights|SOHR|(?:the )?(?:Britain|UK|London|British)-based (?:Syrian )?(?:Observatory|monitor(?:ing group)?)|(?:the )?Observatory|Rami Abdel Rahman|Rami Abdulrahman|Abdel Rahman', name: 'Syrian Observatory for Human Rights', kind: 'monitor' },
  { pattern: 'Violations Documentation Cent(?:er|re)|VDC', name: 'Violations Documentation Center', kind: 'monitor' },
  { pattern: 'Syrian Network for Human Rights|SNHR', name: 'Syrian Network for Human Rights', kind: 'monitor' },
  { pattern: '(?:Syria )?Civil Defen[cs]e|White Helmets', name: 'Syria Civil Defence (White Helmets)', kind: 'monitor' },
  { pattern: 'Local Coordination Committees|LCCs?', name: 'Local Coordination Committees', kind: 'monitor' },
  { pattern: 'Human Rights Watch|HRW', name: 'Human Rights Watch', kind: 'monitor' },
  { pattern: 'Amnesty International|Amnesty', name: 'Amnesty International', kind: 'monitor' },
  { pattern: 'Airwars', name: 'Airwars', kind: 'monitor' },
  { pattern: 'ACLED|Armed Conflict Location (?:and|&) Event Data', name: 'ACLED', kind: 'monitor' },
  { pattern: 'UN Office for the Coordination of Humanitarian Affairs|OCHA', name: 'UN OCHA', kind: 'monitor' },
  { pattern: 'UNAMA|UN Assistance Mission in Afghanistan|United Nations Assistance Mission in Afghanistan', name: 'UNAMA', kind: 'monitor' },
  { pattern: 'UNICEF|UNHCR|UNRWA|World Health Organi[sz]ation|WHO|United Nations|(?:the )?UN(?= (?:said|says|reported|figures|agency|estimates|officials?|envoy|spokes\\w+))|U\\.N\\.', name: null, kind: 'monitor' },
  { pattern: 'International Committee of the Red Cross|ICRC|Red Cross|(?:Syrian Arab |Palestinian |Iraqi |Turkish )?Red Crescent', name: null, kind: 'monitor' },
  { pattern: 'Doctors Without Borders|M[ée]decins Sans Fronti[èe]res|MSF|Syrian American Medical Society|SAMS|Union of Medical Care and Relief Organi[sz]ations|UOSSM', name: null, kind: 'monitor' },
  { pattern: '(?:a |the )?(?:monitoring group|war monitor|monitor|rights group|human rights group|watchdog|activist group|activists?|opposition activists?|local activists?|media activists?|citizen journalists?|local coordinat\\w+ committees?)', name: null, kind: 'monitor' },
  // Governments and officials
  { pattern: '(?:the )?(?:Gaza |Palestinian |Syrian |Iraqi |Afghan |Yemeni |Lebanese |Nigerian |Hamas-run |Hamas-controlled )?(?:Health Ministry|Ministry of Health|health ministry|health authorities|health officials?|health department)', name: null, kind: 'government' },
  { pattern: '(?:the )?(?:Interior|Defen[cs]e|Foreign|Information) Ministry|Ministry of (?:the )?(?:Interior|Defen[cs]e|Foreign Affairs|Information)|Pentagon|Kremlin|White House|State Department|(?:the )?ministry', name: null, kind: 'government' },
  { pattern: 'IDF|Israel Defen[cs]e Forces|Israeli (?:military|army)(?= (?:said|says|stated|announced|spokes\\w+))', name: 'Israel Defense Forces', kind: 'government' },
  { pattern: '(?:the )?(?:Syrian |Iraqi |Afghan |Turkish |Russian |US |U\\.S\\. |American |Nigerian |Pakistani |Yemeni |Israeli )?(?:army|military|armed forces|defen[cs]e ministry|joint operations command|coalition|police|security forces|security officials?|security sources?|military sources?|military officials?|police sources?|police officials?|police spokes(?:man|woman|person)|army spokes(?:man|woman|person)|military spokes(?:man|woman|person)|provincial (?:police )?(?:chief|spokes(?:man|woman|person)|governor|council|officials?|authorities)|district (?:governor|chief|officials?)|governor(?:\'s office| of [A-Z]\\w+)?|deputy governor|mayor|local officials?|local authorities|authorities|officials?|government (?:officials?|spokes\\w+|sources?)|a government source|spokes(?:man|woman|person) for the (?:army|police|ministry|government|governor|military)|(?:the )?(?:president|prime minister|minister)(?:\'s office)?|state (?:officials?|authorities))', name: null, kind: 'government' },
  // Media
  { pattern: 'Reuters', name: 'Reuters', kind: 'media' },
  { pattern: 'AFP|Agence France-?Presse|France-?Presse', name: 'AFP', kind: 'media' },
  { pattern: 'Associated Press|(?:the )?AP(?= (?:said|reported|news))', name: 'Associated Press', kind: 'media' },
  { pattern: 'SANA|Syrian Arab News Agency|(?:Syrian )?state news agency', name: 'SANA', kind: 'media' },
  { pattern: '(?:Syrian |Iraqi |Iranian |Russian |Turkish )?state(?:-run)? (?:television|TV|media|broadcaster|news agency)|Ikhbariya|al-Ikhbariya|Syrian TV', name: null, kind: 'media' },
  { pattern: 'Al-?Manar|Al-?Mayadeen|Al-?Jazeera|Al-?Arabiya|Al-?Hadath|Sky News(?: Arabia)?|BBC|CNN|Xinhua|TASS|RIA Novosti|Sputnik|Interfax|Anadolu(?: Agency)?|Daily Sabah|Hurriyet|NNA|National News Agency|Tolo ?News|Pajhwok|Khaama Press|Dawn|Al-?Masdar|Enab Baladi|Smart News|Step News|Orient (?:News|TV)|Rudaw|Kurdistan 24|Hawar News|ANHA|WAFA|Ma\'an|Shehab|Quds News Network|Al-?Quds|Al-?Aqsa TV|Times of Israel|Haaretz|Ynet|Kan|Channel \\d+|Premium Times|Punch|Vanguard|Daily Trust|Saba|Al-?Masirah|Aden al-Ghad|Al-?Ahram|Al-?Akhbar|Al-?Watan|Al-?Araby(?: Al-Jadeed)?|The New Arab|Asharq Al-?Awsat|Al-?Monitor|IRNA|Fars(?: News)?|Tasnim|Press TV|Mehr(?: News)?', name: null, kind: 'media' },
  { pattern: '(?:local|Syrian|Iraqi|Afghan|Turkish|Russian|Israeli|Palestinian|Yemeni|pro-government|pro-regime|opposition|state|Western|Arab|Kurdish|international) (?:media|news (?:agency|outlets?|sites?)|outlets?|press|newspapers?|television|TV|channels?|radio|websites?)|(?:the )?(?:news agency|newspaper|daily|broadcaster|TV channel|television channel|outlet|correspondent|reporter|NNA correspondent|our correspondent|media reports?|press reports?|reports)', name: null, kind: 'media' },
  // Armed groups speaking for themselves
  { pattern: 'Amaq(?: News Agency)?|(?:the )?(?:Islamic State|IS|ISIS|ISIL|Daesh)(?: group)?(?= (?:said|claimed|announced|stated|statement|spokes\\w+|propaganda))', name: null, kind: 'armed_group' },
  { pattern: '(?:the )?Taliban(?= (?:said|claimed|announced|spokes\\w+|statement))|Zabihullah Mujahid|Qari Yousuf Ahmadi', name: 'Taliban', kind: 'armed_group' },
  { pattern: '(?:the )?(?:rebels?|militants?|insurgents?|jihadists?|the group|armed group|militia|fighters)(?= (?:said|claimed|announced|stated|spokes\\w+|statement|media))|rebel (?:spokes\\w+|commanders?|sources?|officials?)|militant (?:spokes\\w+|sources?)|(?:Hamas|Hezbollah|Houthis?|al-Shabaab|Shabaab|Boko Haram|HTS|Hayat Tahrir al-Sham|Nusra Front|Jaish al-Islam|Ahrar al-Sham|Free Syrian Army|FSA|SDF|Syrian Democratic Forces|YPG|PKK)(?=(?:\'s)? (?:spokes\\w+|statement|media office|said|says|claimed|announced|sources?|in a statement))', name: null, kind: 'armed_group' },
  // Witnesses and people on the ground
  { pattern: '(?:eye)?witness(?:es)?|(?:a |local )?residents?|survivors?|relatives|(?:a )?local (?:man|woman|source|sources)|(?:a |the )?(?:doctor|medic|nurse|paramedic|hospital (?:director|official|sources?|staff)|medical (?:sources?|officials?|staff|workers?)|rescuers?|rescue workers?|first responders?)s?|sources? on the ground|tribal sources?|local sources?|a source|sources', name: null, kind: 'witness' },
];

/** Verbs and phrases that attribute a statement to a source ("X said", "according to X", "X told AFP"). */
export const ATTRIBUTION_CUES =
  'according to|said|says|say|reported|reports|report|told|tells|announced|announces|stated|states|confirmed|confirms|added|adds|claimed|claims|cited|citing|quoted|quoting|estimated|estimates|documented|recorded|put the (?:death )?toll at|puts the (?:death )?toll at|gave a (?:death )?toll of|reporting|tweeted|posted|wrote|noted|in a statement|per';
