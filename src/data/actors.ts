// Armed actors and the names the news uses for them, normalised to one name each. Named groups use the
// names ACLED's actor list uses where it has one; state forces follow ACLED's "Military Forces of <Country>" /
// "Police Forces of <Country>" pattern and are built from the country in context (see STATE_FORCE_WORDS).
// Written from general knowledge of the conflicts; extend by adding rows.

export type ActorKind = 'state' | 'rebel' | 'jihadist' | 'militia' | 'separatist' | 'coalition' | 'unidentified' | 'protesters' | 'rioters' | 'civilians' | 'criminal';

export interface ActorEntry {
  name: string;
  pattern: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 country the actor belongs to, when it is one country's. */
  country?: string;
}

export const ACTOR_ALIASES: ActorEntry[] = [
  { name: 'Islamic State', pattern: 'Islamic State(?: (?:group|of Iraq and (?:the Levant|Syria|al-Sham|ash-Sham)|militants|fighters|jihadists|extremists|terrorists))?|ISIS|ISIL|IS(?= (?:group|militants|fighters|jihadists|terrorists|extremists|claimed|said|cells?|members))|Daesh|Daish|Da\'esh|Islamic State in Iraq', kind: 'jihadist' },
  { name: 'Islamic State Khorasan Province', pattern: 'Islamic State[- ]Khorasan(?: Province)?|Khorasan (?:Chapter|Province) of the Islamic State|IS-?K|ISIS-?K|ISKP', kind: 'jihadist' },
  { name: 'Islamic State West Africa Province', pattern: 'Islamic State West Africa(?: Province)?|ISWAP', kind: 'jihadist' },
  { name: 'Islamic State Sahel Province', pattern: 'Islamic State (?:in the Greater Sahara|Sahel Province)|ISGS', kind: 'jihadist' },
  { name: 'Islamic State Sinai Province', pattern: '(?:Islamic State )?Sinai Province|Wilayat Sinai|Ansar Bayt al-Maqdis', kind: 'jihadist' },
  { name: 'Al Nusra Front', pattern: '(?:al-|Al-|al |Al )?Nusra(?:h)? Front|Jabhat (?:al-)?Nusra(?:h)?|(?:al-)?Nusra(?:h)?|Jabhat Fateh al-Sham|Fateh al-Sham|Jabhat Fatah al-Sham', kind: 'jihadist', country: 'SY' },
  { name: 'Hayat Tahrir al-Sham', pattern: 'Hay(?:\'|a)?at Tahrir al-Sham|Tahrir al-Sham|HTS', kind: 'jihadist', country: 'SY' },
  { name: 'Al Qaeda', pattern: '(?:al-|Al-|al |Al )?Qa(?:\'|e)?ida|al-Qaeda', kind: 'jihadist' },
  { name: 'Al Qaeda in the Arabian Peninsula', pattern: 'al-Qaeda in the Arabian Peninsula|AQAP', kind: 'jihadist' },
  { name: 'Al Qaeda in the Islamic Maghreb', pattern: 'al-Qaeda in the Islamic Maghreb|AQIM', kind: 'jihadist' },
  { name: 'JNIM: Group for Support of Islam and Muslims', pattern: 'JNIM|Jama\'?at Nusrat al-Islam wal-Muslimin|Group for (?:the )?Support of Islam and Muslims', kind: 'jihadist' },
  { name: 'Al Shabaab', pattern: '(?:al-|Al-|al |Al )?Shabaa?b|Harakat al-Shabaab', kind: 'jihadist', country: 'SO' },
  { name: 'Boko Haram', pattern: 'Boko Haram|Jama\'?atu Ahlis Sunna', kind: 'jihadist', country: 'NG' },
  { name: 'Taliban', pattern: '(?:Afghan )?Taliban|Islamic Emirate(?: of Afghanistan)?', kind: 'rebel', country: 'AF' },
  { name: 'Tehrik-i-Taliban Pakistan', pattern: 'Tehrik-?[ie]-?Taliban(?: Pakistan)?|Tehreek-e-Taliban(?: Pakistan)?|TTP|Pakistani Taliban', kind: 'jihadist', country: 'PK' },
  { name: 'Haqqani Network', pattern: 'Haqqani [Nn]etwork', kind: 'jihadist', country: 'AF' },
  { name: 'Lashkar-e-Taiba', pattern: 'Lashkar-e-Ta?iba|Lashkar-e-Toiba|LeT', kind: 'jihadist' },
  { name: 'Jaish-e-Mohammed', pattern: 'Jaish-e-Moh?amm[ae]d|Jaish-e-Muhammad|JeM', kind: 'jihadist' },
  { name: 'Hizbul Mujahideen', pattern: 'Hizb(?:ul|-ul-) Mujahideen', kind: 'rebel', country: 'IN' },
  { name: 'Lashkar-e-Jhangvi', pattern: 'Lashkar-e-Jhangvi', kind: 'jihadist', country: 'PK' },
  { name: 'Baloch Liberation Army', pattern: 'Baloch(?:istan)? Liberation (?:Army|Front)|BLA|BLF', kind: 'separatist', country: 'PK' },
  { name: 'Jaish al-Adl', pattern: 'Jaish al-Adl|Jaish ul-Adl', kind: 'separatist', country: 'IR' },
  { name: 'Houthis', pattern: 'Houthis?(?: rebels| movement| militia| fighters| forces)?|Huthis?|Ansar ?Allah|Ansarallah', kind: 'rebel', country: 'YE' },
  { name: 'Southern Transitional Council', pattern: 'Southern Transitional Council|STC', kind: 'separatist', country: 'YE' },
  { name: 'Saudi-led Coalition', pattern: 'Saudi-led (?:coalition|alliance|forces)|Arab coalition|Saudi coalition', kind: 'coalition' },
  { name: 'International Coalition', pattern: '(?:US|U\\.S\\.|American)-led (?:coalition|alliance)|international coalition|anti-(?:IS|ISIS|ISIL|jihadist) coalition|coalition (?:warplanes|aircraft|jets|air ?strikes?|forces|planes)|Combined Joint Task Force|Operation Inherent Resolve', kind: 'coalition' },
  { name: 'Hezbollah', pattern: 'Hez?bollah|Hizbollah|Hizbullah|Hizballah', kind: 'militia', country: 'LB' },
  { name: 'Hamas', pattern: 'Hamas|Qassam Brigades|Izz (?:ad-Din|al-Din) al-Qassam(?: Brigades)?', kind: 'rebel', country: 'PS' },
  { name: 'Palestinian Islamic Jihad', pattern: '(?:Palestinian )?Islamic Jihad|Al-Quds Brigades|Saraya al-Quds', kind: 'rebel', country: 'PS' },
  { name: 'Free Syrian Army', pattern: 'Free Syrian Army|FSA|Syrian National Army|SNA(?= (?:fighters|forces|factions))|Turkish-backed (?:rebels|factions|fighters|Syrian (?:rebels|fighters|factions))', kind: 'rebel', country: 'SY' },
  { name: 'Jaish al-Islam', pattern: 'Jaish al-Islam|Army of Islam', kind: 'rebel', country: 'SY' },
  { name: 'Ahrar al-Sham', pattern: 'Ahrar al-Sham|Ahrar ash-Sham', kind: 'rebel', country: 'SY' },
  { name: 'Faylaq al-Rahman', pattern: 'Faylaq al-Rahman|Failaq al-Rahman|Al-Rahman Legion', kind: 'rebel', country: 'SY' },
  { name: 'Syrian Democratic Forces', pattern: 'Syrian Democratic Forces|SDF|Kurdish-led (?:forces|fighters|militia|alliance)|US-backed (?:Kurdish|Syrian Democratic) (?:forces|fighters)', kind: 'militia', country: 'SY' },
  { name: "YPG: People's Protection Units", pattern: 'YPG|YPJ|People\'s Protection Units|Kurdish (?:YPG )?militia|Kurdish (?:fighters|forces|militants)', kind: 'militia', country: 'SY' },
  { name: "Kurdistan Workers' Party", pattern: 'PKK|Kurdistan Workers\'? Party', kind: 'separatist', country: 'TR' },
  { name: 'Opposition rebels', pattern: '(?:Syrian )?(?:opposition|rebel|anti-government|anti-regime|Islamist) (?:fighters|groups|factions|forces|militants|brigades|gunmen)|(?:Syrian )?rebels|rebel(?= (?:shelling|fire|rockets?|mortars?|attacks?|artillery|drones?|snipers?|positions))|opposition', kind: 'rebel' },
  { name: 'National Defence Forces', pattern: 'National Defen[cs]e Forces|NDF|pro-(?:government|regime) militias?|Shabbiha|shabiha', kind: 'militia', country: 'SY' },
  { name: 'Popular Mobilization Forces', pattern: 'Popular Mobili[sz]ation (?:Forces|Units)|PMF|PMU|Hashd al-Shaabi|Hashed al-Shaabi', kind: 'militia', country: 'IQ' },
  { name: 'Wagner Group', pattern: 'Wagner(?: Group| mercenaries| fighters| PMC)?|PMC Wagner|Africa Corps', kind: 'militia', country: 'RU' },
  { name: 'Allied Democratic Forces', pattern: 'Allied Democratic Forces|ADF(?= (?:rebels|militants|fighters))', kind: 'rebel' },
  { name: 'M23', pattern: 'M23|March 23 Movement', kind: 'rebel', country: 'CD' },
  { name: 'CODECO', pattern: 'CODECO|Cooperative for the Development of Congo', kind: 'militia', country: 'CD' },
  { name: 'Mai-Mai militia', pattern: 'Mai-?Mai(?: militia| fighters| group)?', kind: 'militia', country: 'CD' },
  { name: 'Ambazonian separatists', pattern: 'Ambazonian? (?:separatists|fighters|militias?|rebels)|Amba boys|Anglophone separatists', kind: 'separatist', country: 'CM' },
  { name: 'Anti-Balaka', pattern: 'anti-Balaka', kind: 'militia', country: 'CF' },
  { name: 'Ex-Seleka', pattern: '(?:ex-)?S[ée]l[ée]ka', kind: 'rebel', country: 'CF' },
  { name: "New People's Army", pattern: 'New People\'?s Army|NPA|communist (?:rebels|guerrillas|insurgents)', kind: 'rebel', country: 'PH' },
  { name: 'Abu Sayyaf', pattern: 'Abu Sayyaf(?: Group)?|ASG', kind: 'jihadist', country: 'PH' },
  { name: 'FARC dissidents', pattern: 'FARC(?: dissidents)?|Revolutionary Armed Forces of Colombia', kind: 'rebel', country: 'CO' },
  { name: 'National Liberation Army (ELN)', pattern: 'ELN|National Liberation Army(?= of Colombia| \\(ELN\\))', kind: 'rebel', country: 'CO' },
  { name: 'Communist Party of India (Maoist)', pattern: 'Maoists?|Naxal(?:ite)?s?|CPI ?\\(Maoist\\)|Communist Party of India \\(Maoist\\)', kind: 'rebel', country: 'IN' },
  { name: 'Fulani ethnic militia', pattern: 'Fulani (?:herdsmen|herders|militias?|gunmen|militants)', kind: 'militia' },
  { name: 'Al-Shabaab (Mozambique)', pattern: 'Ansar al-Sunna|Ahlu Sunnah Wa-Jama', kind: 'jihadist', country: 'MZ' },
  { name: 'Rapid Support Forces', pattern: 'Rapid Support Forces|RSF', kind: 'militia', country: 'SD' },
  { name: 'Tigray Defence Forces', pattern: 'Tigray(?:an)? (?:Defen[cs]e Forces|People\'s Liberation Front|forces|fighters)|TPLF|TDF', kind: 'rebel', country: 'ET' },
  { name: 'Fano militia', pattern: 'Fano(?: militia| fighters)?', kind: 'militia', country: 'ET' },
  { name: 'Arakan Army', pattern: 'Arakan Army', kind: 'rebel', country: 'MM' },
  { name: "People's Defence Force", pattern: 'People\'?s Defen[cs]e Forces?|PDF(?= (?:fighters|forces|members))', kind: 'rebel', country: 'MM' },
  { name: 'Unidentified Armed Group', pattern: '(?:unidentified|unknown|unnamed|masked|armed) (?:gunmen|assailants|attackers|men|militants|armed men|persons|individuals|group)|gunmen|assailants', kind: 'unidentified' },
  { name: 'Protesters', pattern: 'protesters|protestors|demonstrators|marchers|activists(?= (?:protested|rallied|marched|gathered|staged))', kind: 'protesters' },
  { name: 'Rioters', pattern: 'rioters|(?:an )?angry (?:mob|crowd)|mob', kind: 'rioters' },
];

/**
 * Words that name a state's forces when they follow a demonym or country ("Syrian army", "Russian warplanes",
 * "Afghan security forces"). A police word makes them ACLED's "Police Forces of <Country>".
 */
export const STATE_FORCE_WORDS =
  '(?:army|military|armed forces|troops|soldiers|forces|government forces|security forces|regime forces|special forces|air ?force|navy|warplanes|war planes|jets|fighter jets|aircraft|planes|helicopters|gunships|drones|artillery|tanks|border guards?|national guard|gendarmerie|marines|militia|police(?: forces| officers)?|policemen|local police|border police|national police)';

/** Standalone words that mean "the state's forces" of the country in context. */
export const GOVERNMENT_FORCE_WORDS =
  '(?:government|pro-government|regime|pro-regime|loyalist|state) (?:forces|troops|soldiers|army|warplanes|jets|aircraft|helicopters|artillery|militias?|fighters|air ?strikes?|shelling|bombardment|planes)|the regime|the army|army troops|(?:the )?security forces|(?:the )?armed forces|troops|soldiers|the military';
