// Armed actors and the names the news uses for them, normalised to one name each, and the words around a
// mention that tell its role. Named groups use the names ACLED's actor list (ACLED Codebook, "Actors") or the
// GTD perpetrator list uses where they have one; state forces follow ACLED's "Military Forces of <Country>" /
// "Police Forces of <Country>" pattern and are built from the country named or the country in context (see
// STATE_FORCE_WORDS); actors the text does not name get ACLED's generic names ("Unidentified Armed Group (X)",
// "Protesters (X)", "Rioters (X)", "Unidentified Gang (X)", "<Group> Ethnic Militia (X)").
// Written from general knowledge of the conflicts and of news wording; extend by adding rows.
// Patterns are case-insensitive regular-expression fragments matched on word boundaries.

export type ActorKind =
  | 'state' | 'rebel' | 'jihadist' | 'militia' | 'separatist' | 'coalition' | 'unidentified' | 'protesters' | 'rioters'
  | 'civilians' | 'criminal' | 'extremist';

export interface ActorEntry {
  name: string;
  pattern: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 country the actor belongs to, when it is one country's. */
  country?: string;
  /** Acronyms and short forms, matched case-sensitively ("LeT" is not "let"). */
  acronyms?: string;
  /** The name is generic and takes the country in context, as ACLED writes "Protesters (India)". */
  inCountry?: boolean;
}

export const ACTOR_ALIASES: ActorEntry[] = [
  // Islamic State and its provinces. The core name refuses the province names so they win at the same place.
  { name: 'Islamic State', pattern: 'Islamic State(?! (?:Khorasan|West Africa|in the Greater Sahara|Sahel|Sinai|Central Africa))(?: (?:group|of Iraq and (?:the Levant|Syria|al-Sham|ash-Sham)|in Iraq and (?:the Levant|Syria|al-Sham)|militants|fighters|jihadists|extremists|terrorists|organi[sz]ation))?|Daesh|Daish|Da\'esh|(?:(?!Khorasan)[A-Z][a-z]+ )?Province of the Islamic State|Islamic State in Iraq|Islamic State[\'’]s? (?:Algeria|Libya|Yemen|Somalia|Pakistan|Hind|Caucasus|East Asia|Philippines) Province', acronyms: 'ISIS(?![- ]?K\\b)|ISIL|I\\.S\\.|(?<=(?:with|against|by|from|of|to|and|on|fighting|fight|fought|battling|battle|joined|join|killed|attacked|targeted|defeated|defeat|expelled|ousted|retook|recaptured|liberated) )IS(?![\\p{L}\\d\'’-])|IS(?= (?:group|militants|fighters|jihadists|terrorists|extremists|claimed|said|cells?|members|snipers?|gunmen|attacks?|suicide|car bombs?|positions|remnants|insurgents|sleeper))', kind: 'jihadist' },
  { name: 'Islamic State Khorasan Province', pattern: 'Islamic State[- ]Khorasan(?: Province)?|Khorasan (?:Chapter|Province|branch) of the Islamic State|Daesh[- ]Khorasan', acronyms: 'IS-?K|ISIS-?K|ISKP', kind: 'jihadist' },
  { name: 'Islamic State West Africa Province', pattern: 'Islamic State West Africa(?: Province)?', acronyms: 'ISWAP|ISWA', kind: 'jihadist' },
  { name: 'Islamic State Sahel Province', pattern: 'Islamic State (?:in the Greater Sahara|Sahel Province|Sahel)', acronyms: 'ISGS|EIGS', kind: 'jihadist' },
  { name: 'Islamic State Sinai Province', pattern: '(?:Islamic State )?Sinai Province|Wilayat Sinai|Ansar Bayt al-Maqdis', kind: 'jihadist' },
  { name: 'Islamic State Central Africa Province', pattern: 'Islamic State Central Africa(?: Province)?', acronyms: 'ISCAP', kind: 'jihadist' },
  // Al Qaeda and its branches. The core name refuses the branches' continuations.
  { name: 'Al Nusra Front', pattern: '(?:al-|Al-|al |Al )?Nusra(?:h)? Front|Jabhat (?:al-)?Nusra(?:h)?|(?:al-)?Nusra(?:h)?|Jabhat Fateh al-Sham|Fateh al-Sham|Jabhat Fatah al-Sham', kind: 'jihadist', country: 'SY' },
  { name: 'Hayat Tahrir al-Sham', pattern: 'Hay(?:\'|a)?at Tahrir al-Sham|Hayat Tahrir al Sham|Tahrir al-Sham', acronyms: 'HTS', kind: 'jihadist', country: 'SY' },
  { name: 'Hurras al-Din', pattern: 'Hurr?as al-Din|Tanzim Hurras al-Din', kind: 'jihadist', country: 'SY' },
  { name: 'Turkistan Islamic Party', pattern: 'Turkistan Islamic Party', acronyms: 'TIP(?= (?:fighters|militants))', kind: 'jihadist', country: 'SY' },
  { name: 'Al Qaeda', pattern: '(?:al-|Al-|al |Al )?Qa(?:\'|e)?ida(?! in the (?:Arabian|Islamic Maghreb|Indian))|al-Qaeda(?! in the (?:Arabian|Islamic Maghreb|Indian))', kind: 'jihadist' },
  { name: 'Al Qaeda in the Arabian Peninsula', pattern: '(?:al-|Al-|al |Al )?Qa(?:\'|e)?ida in the Arabian Peninsula', acronyms: 'AQAP', kind: 'jihadist' },
  { name: 'Al Qaeda in the Islamic Maghreb', pattern: '(?:al-|Al-|al |Al )?Qa(?:\'|e)?ida in the Islamic Maghreb', acronyms: 'AQIM', kind: 'jihadist' },
  { name: 'Al Qaeda in the Indian Subcontinent', pattern: '(?:al-|Al-|al |Al )?Qa(?:\'|e)?ida in the Indian Subcontinent', acronyms: 'AQIS', kind: 'jihadist' },
  { name: 'JNIM: Group for Support of Islam and Muslims', pattern: 'Jama\'?at Nusrat al-Islam wa?l[- ]Muslimin|Group for (?:the )?Support of Islam and Muslims', acronyms: 'JNIM', kind: 'jihadist' },
  { name: 'Ansar al-Islam (Burkina Faso)', pattern: 'Ansaroul Islam|Ansarul Islam|Ansar ul Islam|Ansar al-Islam \\(Burkina Faso\\)', kind: 'jihadist', country: 'BF' },
  { name: 'Katiba Macina', pattern: 'Katiba Macina|Macina Liberation Front|Front de Lib[ée]ration du Macina', acronyms: 'FLM(?= (?:fighters|militants))', kind: 'jihadist', country: 'ML' },
  { name: 'Al Shabaab', pattern: '(?:al-|Al-|al |Al )?Shabaa?b(?! \\(Mozambique\\))|Harakat al-Shabaab(?: al-Mujahideen)?', kind: 'jihadist', country: 'SO' },
  { name: 'Al-Shabaab (Mozambique)', pattern: 'Ansar al-Sunna|Ahlu Sunnah Wa-Jama|Ahl al-Sunna wal-Jamaa|al-Shabaab \\(Mozambique\\)', kind: 'jihadist', country: 'MZ' },
  { name: 'Boko Haram', pattern: 'Boko Haram|Jama\'?atu Ahlis Sunna(?: Lidda\'?awati wal-Jihad)?', acronyms: 'JAS(?= (?:fighters|militants|faction))', kind: 'jihadist', country: 'NG' },
  { name: 'Ansaru', pattern: 'Ansaru', kind: 'jihadist', country: 'NG' },
  { name: 'Taliban', pattern: '(?:Afghan )?Taliban(?! Pakistan)|Islamic Emirate(?: of Afghanistan)?', kind: 'rebel', country: 'AF' },
  { name: 'Tehrik-i-Taliban Pakistan', pattern: 'Tehrik-?[ie]-?Taliban(?: Pakistan)?|Tehreek-e-Taliban(?: Pakistan)?|Pakistani Taliban|Taliban Pakistan|Jamaat-ul-Ahrar|Jamaat ul Ahrar', acronyms: 'TTP', kind: 'jihadist', country: 'PK' },
  { name: 'Haqqani Network', pattern: 'Haqqani [Nn]etwork', kind: 'jihadist', country: 'AF' },
  { name: 'Hizb-I-Islami', pattern: 'Hizb-[ie]-Islami|Hezb-[ei]-Islami|Hizb-I-Islami|Hizb-e-Islami Gulbuddin', acronyms: 'HIG', kind: 'rebel', country: 'AF' },
  { name: 'Lashkar-e-Taiba', pattern: 'Lashkar-e-Ta?iba|Lashkar-e-Toiba', acronyms: 'LeT', kind: 'jihadist' },
  { name: 'Jaish-e-Mohammed', pattern: 'Jaish-e-Moh?amm[ae]d|Jaish-e-Muhammad', acronyms: 'JeM', kind: 'jihadist' },
  { name: 'Hizbul Mujahideen', pattern: 'Hizb(?:ul|-ul-) Mujahideen', acronyms: 'HM(?= (?:militants?|commander|terrorists?))', kind: 'rebel', country: 'IN' },
  { name: 'Lashkar-e-Jhangvi', pattern: 'Lashkar-e-Jhangvi(?: al-Alami)?', acronyms: 'LeJ', kind: 'jihadist', country: 'PK' },
  { name: 'Baloch Liberation Army', pattern: 'Baloch(?:istan)? Liberation (?:Army|Front)|Baloch (?:separatists|insurgents|militants|rebels)', acronyms: 'BLA|BLF', kind: 'separatist', country: 'PK' },
  { name: 'Jundallah (Pakistan)', pattern: 'Jundallah|Jundullah|Jund Allah', kind: 'jihadist', country: 'PK' },
  { name: 'Jaish al-Adl', pattern: 'Jaish al-Adl|Jaish ul-Adl', kind: 'separatist', country: 'IR' },
  // ACLED codes the Houthi authorities in Sanaa as state forces since 2016 ("Military Forces of Yemen (2016-)
  // Supreme Political Council"), so their gains are the government's; GTD calls them "Houthi extremists".
  { name: 'Military Forces of Yemen (Houthis)', pattern: '(?:pro-)?Houthis?(?: rebels| movement| militias?| fighters| forces| militants| gunmen| extremists)?|(?:pro-)?Huthis?(?: rebels| fighters| forces)?|Ansar ?Allah|Ansarallah|Supreme Political Council', kind: 'state', country: 'YE' },
  { name: 'Southern Transitional Council', pattern: 'Southern Transitional Council|Security Belt(?: Forces)?', acronyms: 'STC(?= (?:forces|fighters|militias?))', kind: 'separatist', country: 'YE' },
  { name: 'Southern Resistance', pattern: 'Southern Resistance(?: forces| fighters)?', kind: 'militia', country: 'YE' },
  { name: 'Military Forces of Yemen', pattern: 'pro-Hadi (?:forces|troops|fighters|militias?|units)|Hadi[\'’]?s? (?:forces|troops|government forces)|forces loyal to (?:President )?(?:Abd-?Rabbu(?:h)? )?(?:Mansour )?Hadi|Amajid Brigades?|Yemeni government forces', kind: 'state', country: 'YE' },
  { name: 'Popular Resistance', pattern: 'Popular Resistance(?: forces| fighters)?', kind: 'militia', country: 'YE' },
  { name: 'National Resistance Forces', pattern: 'National Resistance(?: Forces)?|Giants Brigades?|Amaliqa', kind: 'militia', country: 'YE' },
  { name: 'Operation Restoring Hope', pattern: 'Saudi-led (?:coalition|alliance|forces)|Arab coalition|Saudi coalition|Operation Restoring Hope', kind: 'coalition' },
  { name: 'International Coalition', pattern: '(?:US|U\\.S\\.|American)-led (?:anti-(?:terror|IS|ISIS|ISIL|Daesh|jihadist) )?(?:coalition|alliance)|(?:US|U\\.S\\.|American)-led (?:air ?strikes?|airstrikes?|strikes|raids|air raids|forces|bombing|warplanes|aircraft|jets|troops)|international coalition|anti-(?:IS|ISIS|ISIL|Daesh|jihadist) coalition|coalition (?:warplanes|aircraft|jets|air ?strikes?|forces|planes|strikes|raids|bombing|drones?)|Global Coalition(?: Against Daesh| to Defeat ISIS)?|Combined Joint Task Force|Operation Inherent Resolve', kind: 'coalition' },
  { name: 'Hezbollah', pattern: 'Hez?bollah|Hizbollah|Hizbullah|Hizballah', kind: 'militia', country: 'LB' },
  { name: 'Hamas', pattern: 'Hamas|Qassam Brigades|Izz (?:ad-Din|al-Din|el-Deen) al-Qassam(?: Brigades)?', kind: 'rebel', country: 'PS' },
  { name: 'Palestinian Islamic Jihad', pattern: '(?:Palestinian )?Islamic Jihad|Al-Quds Brigades|Saraya al-Quds', kind: 'rebel', country: 'PS' },
  // Syria's armed opposition and the forces around it.
  { name: 'Free Syrian Army', pattern: 'Free Syria(?:n)? Army|Syrian National Army|Turkish-backed (?:rebels|factions|fighters|Syrian (?:rebels|fighters|factions))|National Front for Liberation|National Liberation Front(?= (?:fighters|factions|in Idlib))', acronyms: 'FSA|SNA(?= (?:fighters|forces|factions))', kind: 'rebel', country: 'SY' },
  { name: 'Jaish al-Fateh', pattern: 'Jaish al-Fat(?:e|a)h|Army of Conquest', kind: 'rebel', country: 'SY' },
  { name: 'Jaish al-Islam', pattern: 'Jaish al-Islam|Jaysh al-Islam|Army of Islam', kind: 'rebel', country: 'SY' },
  { name: 'Ahrar al-Sham', pattern: 'Ahrar al-Sham|Ahrar ash-Sham|Ahrar al Sham', acronyms: 'AAS', kind: 'rebel', country: 'SY' },
  { name: 'Faylaq al-Rahman', pattern: 'Faylaq al-Rahman|Failaq al-Rahman|Al-Rahman Legion', kind: 'rebel', country: 'SY' },
  { name: 'Faylaq al-Sham', pattern: 'Faylaq al-Sham|Failaq al-Sham|Sham Legion', kind: 'rebel', country: 'SY' },
  { name: 'Nour al-Din al-Zenki', pattern: 'Nour al-Din al-Zenki|Nureddin Zengi|Zenki (?:movement|group)', kind: 'rebel', country: 'SY' },
  { name: 'Syrian Democratic Forces', pattern: 'Syrian Democratic Forces|Kurdish-led (?:forces|fighters|militia|alliance)|US-backed (?:Kurdish|Syrian Democratic) (?:forces|fighters)', acronyms: 'SDF|QSD', kind: 'militia', country: 'SY' },
  { name: "YPG: People's Protection Units", pattern: 'People[\'’]?s Protection Units|Kurdish (?:YPG )?militias?|Kurdish (?:fighters|forces|militants|militiamen)|Asayish', acronyms: 'YPG|YPJ', kind: 'militia', country: 'SY' },
  { name: "Kurdistan Workers' Party", pattern: 'Kurdistan Workers[\'’]? Party', acronyms: 'PKK', kind: 'separatist', country: 'TR' },
  { name: 'Opposition rebels', pattern: '(?:Syrian |armed )?(?:opposition|rebel|anti-government|anti-regime|Islamist) (?:fighters|groups|factions|forces|militants|brigades|gunmen|units)|(?:Syrian |armed )?rebels|rebel(?= (?:shelling|fire|rockets?|mortars?|attacks?|artillery|drones?|snipers?|positions|offensive|assault|infighting|factions?))|(?:the )?opposition(?= (?:shelling|fire|rockets?|mortars?|attacks?|artillery|offensive|assault|snipers?))|(?:the )?armed opposition', kind: 'rebel' },
  { name: 'Military Forces of Syria', pattern: '(?:the )?(?:Bashar )?(?:al-)?Assad(?:[\'’]s|s)? (?:regime|government|forces|troops|army|air ?force|warplanes|loyalists|militias?)|pro-Assad (?:forces|militias?|fighters|troops)|Syrian Arab Army|Tiger Forces|Syrian regime', acronyms: 'SAA(?= (?:forces|troops|soldiers))', kind: 'state', country: 'SY' },
  { name: 'National Defence Forces', pattern: 'National Defen[cs]e Forces|pro-(?:government|regime) militias?|Shabbiha|shabiha', acronyms: 'NDF', kind: 'militia', country: 'SY' },
  { name: 'Popular Mobilization Forces', pattern: 'Popular Mobili[sz]ation (?:Forces|Units)|Hashd al-Shaabi|Hashed al-Shaabi|Kataib Hezbollah|Kata\'ib Hizballah', acronyms: 'PMF|PMU', kind: 'militia', country: 'IQ' },
  { name: 'Peshmerga', pattern: 'Peshmerga', kind: 'state', country: 'IQ' },
  { name: 'Wagner Group', pattern: 'Wagner(?: Group| mercenaries| fighters| PMC)?|PMC Wagner|Africa Corps', kind: 'militia', country: 'RU' },
  { name: 'NAF: United Armed Forces of Novorossiya', pattern: 'United Armed Forces of Novorossiya|Donetsk People[\'’]?s Republic|Luhansk People[\'’]?s Republic|pro-Russian (?:separatists|rebels|militants|forces)|Russian-backed (?:separatists|rebels)|separatist forces in (?:Donetsk|Luhansk|eastern Ukraine)', acronyms: 'NAF|DPR(?= (?:forces|fighters|militia))|LPR(?= (?:forces|fighters|militia))', kind: 'separatist', country: 'UA' },
  // Libya: ACLED codes both sides of the civil war as state forces with a faction.
  { name: 'Libyan National Army', pattern: 'Libyan National Army|Libyan Arab Armed Forces|Haftar[\'’]?s? (?:forces|troops|militias?|fighters)|forces loyal to (?:Khalifa )?Haftar', acronyms: 'LNA', kind: 'state', country: 'LY' },
  { name: 'Government of National Accord', pattern: 'GNA(?: forces| troops| fighters)?|Government of National Accord(?: forces)?|forces loyal to the (?:UN-backed )?Government of National Accord', kind: 'state', country: 'LY' },
  // Africa.
  { name: 'Allied Democratic Forces', pattern: 'Allied Democratic Forces', acronyms: 'ADF(?= (?:rebels|militants|fighters|attack))', kind: 'rebel' },
  { name: 'M23', pattern: 'M23|March 23 Movement', kind: 'rebel', country: 'CD' },
  { name: 'CODECO', pattern: 'Cooperative for the Development of Congo', acronyms: 'CODECO|URDPC', kind: 'militia', country: 'CD' },
  { name: 'Mai-Mai militia', pattern: 'Mai-?Mai(?: militia| fighters| group)?|Mayi-Mayi', kind: 'militia', country: 'CD' },
  { name: 'FDLR', pattern: 'Democratic Forces for the Liberation of Rwanda', acronyms: 'FDLR', kind: 'rebel', country: 'CD' },
  { name: 'Ambazonia Defense Forces', pattern: 'Ambazonia(?:n)? Defen[cs]e Forces?', kind: 'separatist', country: 'CM' },
  { name: 'Ambazonian separatists', pattern: 'Ambazonian? (?:separatists|fighters|militias?|rebels)|Amba boys|Anglophone separatists|Southern Cameroons? (?:separatists|Ambazonia Consortium United Forces)', acronyms: 'SCACUF', kind: 'separatist', country: 'CM' },
  { name: 'Front for the Liberation of the Enclave of Cabinda', pattern: 'Front for the Liberation of the Enclave of Cabinda|Cabindan? (?:separatists|rebels)', acronyms: 'FLEC(?:-FAC)?', kind: 'separatist', country: 'AO' },
  { name: 'National Liberation Front (FNL)', pattern: 'Forces (?:for|of) National Liberation|National Liberation Front(?= \\(FNL\\))', acronyms: 'FNL', kind: 'rebel', country: 'BI' },
  { name: 'Imbonerakure', pattern: 'Imbonerakure', kind: 'militia', country: 'BI' },
  { name: 'Anti-Balaka', pattern: 'anti-Balaka', kind: 'militia', country: 'CF' },
  { name: 'Ex-Seleka', pattern: '(?:ex-)?S[ée]l[ée]ka|Union for Peace in the Central African Republic|3R(?= (?:fighters|rebels|elements))', acronyms: 'UPC(?= (?:fighters|rebels|elements))', kind: 'rebel', country: 'CF' },
  { name: 'Dan Na Ambassagou', pattern: 'Dan Na Ambassagou|Dana Ambassagou', kind: 'militia', country: 'ML' },
  { name: 'Dozo militia', pattern: 'Dozos?(?: militia| hunters| fighters)?', kind: 'militia' },
  { name: 'Koglweogo', pattern: 'Koglweogo|Volunteers for the Defen[cs]e of the Homeland', acronyms: 'VDP', kind: 'militia', country: 'BF' },
  { name: 'Janjaweed', pattern: 'Janjaweed', kind: 'militia', country: 'SD' },
  { name: 'Rapid Support Forces', pattern: 'Rapid Support Forces', acronyms: 'RSF', kind: 'militia', country: 'SD' },
  { name: "SPLM-IO: Sudan People's Liberation Movement-In Opposition", pattern: 'SPLM/A-IO|Sudan People[\'’]?s Liberation (?:Movement|Army)[- ]In Opposition|Machar[\'’]?s? (?:forces|fighters|loyalists)', acronyms: 'SPLM-IO|SPLA-IO', kind: 'rebel', country: 'SS' },
  { name: 'NAS: National Salvation Front', pattern: 'National Salvation Front', acronyms: 'NAS(?= (?:rebels|fighters|forces|militants))', kind: 'rebel', country: 'SS' },
  { name: 'Military Forces of South Sudan', pattern: 'South Sudan People[\'’]?s Defen[cs]e Forces', acronyms: 'SSPDF|SPLA(?!-IO|/)', kind: 'state', country: 'SS' },
  { name: 'Military Forces of the Democratic Republic of Congo', pattern: 'Armed Forces of the Democratic Republic of (?:the )?Congo', acronyms: 'FARDC', kind: 'state', country: 'CD' },
  { name: 'Military Forces of Mali', pattern: 'Malian Armed Forces', acronyms: 'FAMa', kind: 'state', country: 'ML' },
  { name: 'Military Forces of France', pattern: '(?:Operation )?Barkhane(?: forces| troops| soldiers)?|French Operation Barkhane(?: forces)?|Operation Serval', kind: 'state', country: 'FR' },
  { name: 'AMISOM: African Union Mission in Somalia', pattern: 'African Union (?:Mission|Transition Mission) in Somalia|African Union (?:troops|forces|peacekeepers)', acronyms: 'AMISOM|ATMIS', kind: 'coalition', country: 'SO' },
  { name: 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali', pattern: '', acronyms: 'MINUSMA', kind: 'coalition', country: 'ML' },
  { name: 'MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo', pattern: '', acronyms: 'MONUSCO', kind: 'coalition', country: 'CD' },
  { name: 'Tigray Defence Forces', pattern: 'Tigray(?:an)? (?:Defen[cs]e Forces|People[\'’]?s Liberation Front|forces|fighters|rebels)', acronyms: 'TPLF|TDF', kind: 'rebel', country: 'ET' },
  { name: 'Oromo Liberation Army', pattern: 'Oromo Liberation (?:Army|Front)|Shene', acronyms: 'OLA|OLF(?:-Shene)?', kind: 'rebel', country: 'ET' },
  { name: 'Fano militia', pattern: 'Fano(?: militia| fighters)?', kind: 'militia', country: 'ET' },
  { name: 'Fulani Ethnic Militia', pattern: 'Fulani (?:herdsmen|herders|militias?|militiamen|gunmen|militants|fighters)|(?:armed )?herdsmen', kind: 'militia' },
  // Asia and the Americas.
  { name: 'Arakan Army', pattern: 'Arakan Army', acronyms: 'AA(?= (?:fighters|troops|insurgents|rebels))', kind: 'rebel', country: 'MM' },
  { name: "People's Defence Force", pattern: 'People[\'’]?s Defen[cs]e Forces?', acronyms: 'PDF(?= (?:fighters|forces|members))', kind: 'rebel', country: 'MM' },
  { name: 'Military Forces of Myanmar', pattern: 'Tatmadaw|junta (?:troops|forces|soldiers)', kind: 'state', country: 'MM' },
  { name: "New People's Army", pattern: 'New People[\'’]?s Army|communist (?:rebels|guerrillas|insurgents)', acronyms: 'NPA', kind: 'rebel', country: 'PH' },
  { name: 'Abu Sayyaf', pattern: 'Abu Sayyaf(?: Group)?', acronyms: 'ASG', kind: 'jihadist', country: 'PH' },
  { name: 'Bangsamoro Islamic Freedom Fighters', pattern: 'Bangsamoro Islamic Freedom Fighters', acronyms: 'BIFF', kind: 'jihadist', country: 'PH' },
  { name: 'Maute Group', pattern: 'Maute(?: group| militants)?|Dawlah Islamiyah', kind: 'jihadist', country: 'PH' },
  { name: 'AKP: Ansar al-Khilafah in the Philippines', pattern: 'Ansar al-Khilafah(?: in the Philippines)?', acronyms: 'AKP(?= (?:militants|members))', kind: 'jihadist', country: 'PH' },
  { name: 'Communist Party of India (Maoist)', pattern: 'Maoists?|Naxal(?:ite)?s?|CPI ?\\(Maoist\\)|Communist Party of India \\(Maoist\\)', kind: 'rebel', country: 'IN' },
  { name: 'Military Forces of Israel', pattern: 'Israel(?:i)? Defen[cs]e Forces', acronyms: 'IDF', kind: 'state', country: 'IL' },
  { name: 'Military Forces of Afghanistan', pattern: 'Afghan National Army|Afghan National (?:Defen[cs]e and )?Security Forces', acronyms: 'ANA|ANDSF|ANSF', kind: 'state', country: 'AF' },
  { name: 'Police Forces of Afghanistan', pattern: 'Afghan (?:National|Local|Border|Uniformed) Police', acronyms: 'ANP(?= (?:officers?|personnel|forces|checkpoints?|posts?|members|commanders?|chief|policem[ae]n|units?|convoy|vehicle|headquarters))|ALP', kind: 'state', country: 'AF' },
  { name: 'Military Forces of Iran', pattern: 'Islamic Revolutionary Guard(?:s)? Corps|Revolutionary Guards?|Quds Force|Basij', acronyms: 'IRGC', kind: 'state', country: 'IR' },
  { name: 'Police Forces of India', pattern: 'Central Reserve Police Force|Border Security Force|Rashtriya Rifles', acronyms: 'CRPF|BSF', kind: 'state', country: 'IN' },
  { name: 'Military Forces of Pakistan', pattern: 'Frontier Corps|Pakistan Rangers', acronyms: 'FC(?= (?:personnel|troops|soldiers|convoy))|ISPR', kind: 'state', country: 'PK' },
  { name: 'FARC dissidents', pattern: 'FARC(?: dissidents)?|Revolutionary Armed Forces of Colombia', kind: 'rebel', country: 'CO' },
  { name: 'National Liberation Army (ELN)', pattern: 'National Liberation Army(?= of Colombia| \\(ELN\\))', acronyms: 'ELN', kind: 'rebel', country: 'CO' },
  { name: 'Clan del Golfo', pattern: 'Clan del Golfo|Gulf Clan|Autodefensas Gaitanistas(?: de Colombia)?|Urabe[ñn]os', acronyms: 'AGC', kind: 'criminal', country: 'CO' },
  { name: "Paraguayan People's Army (EPP)", pattern: 'Paraguayan People[\'’]?s Army|Ej[ée]rcito del Pueblo Paraguayo', acronyms: 'EPP', kind: 'rebel', country: 'PY' },
  { name: 'Weichan Auka Mapu', pattern: 'Weich[aá]n Auka Mapu', acronyms: 'WAM', kind: 'separatist', country: 'CL' },
  { name: 'Arauco Malleco Coordinating Group (CAM)', pattern: 'Coordinadora Arauco[- ]Malleco|Arauco[- ]Malleco Coordinat(?:ing Group|or)', acronyms: 'CAM(?= (?:members|militants|claimed))', kind: 'separatist', country: 'CL' },
  { name: 'Mapuche Ancestral Resistance (RAM)', pattern: 'Mapuche Ancestral Resistance|Resistencia Ancestral Mapuche', acronyms: 'RAM(?= (?:members|militants|claimed))', kind: 'separatist' },
  { name: 'CJNG: Jalisco New Generation Cartel', pattern: 'Jalisco (?:New Generation )?Cartel|Cartel (?:de )?Jalisco Nueva Generaci[oó]n', acronyms: 'CJNG', kind: 'criminal', country: 'MX' },
  { name: 'Sinaloa Cartel', pattern: 'Sinaloa Cartel|Cartel de Sinaloa', kind: 'criminal', country: 'MX' },
  { name: 'Gulf Cartel', pattern: 'Gulf Cartel|Cartel del Golfo', acronyms: 'CDG', kind: 'criminal', country: 'MX' },
  { name: 'Los Zetas', pattern: '(?:Los )?Zetas|Cartel del Noreste', acronyms: 'CDN', kind: 'criminal', country: 'MX' },
  { name: 'La Familia Michoacana', pattern: 'La Familia Michoacana|Familia Michoacana', kind: 'criminal', country: 'MX' },
  { name: 'Carteles Unidos', pattern: 'Carteles Unidos|Los Viagras', kind: 'criminal', country: 'MX' },
  { name: 'Santa Rosa de Lima Cartel', pattern: 'Santa Rosa de Lima Cartel|Cartel (?:de )?Santa Rosa de Lima', acronyms: 'CSRL', kind: 'criminal', country: 'MX' },
  { name: 'MS-13: Mara Salvatrucha', pattern: 'Mara Salvatrucha', acronyms: 'MS-?13', kind: 'criminal' },
  { name: 'B-18: Barrio-18', pattern: 'B-18|Barrio[- ]18|18th Street gang|Calle 18|Mara 18', kind: 'criminal' },
  { name: 'CV: Comando Vermelho', pattern: 'Comando Vermelho', acronyms: 'CV(?= (?:members|gang|faction|drug traffickers))', kind: 'criminal', country: 'BR' },
  { name: 'PCC: Primeiro Comando da Capital', pattern: 'Primeiro Comando da Capital', acronyms: 'PCC(?= (?:members|gang|faction))', kind: 'criminal', country: 'BR' },
  { name: 'TCP: Terceiro Comando Puro', pattern: 'Terceiro Comando Puro', acronyms: 'TCP(?= (?:members|gang|faction))', kind: 'criminal', country: 'BR' },
  // Named by what they are, not who: extremists by creed or cause (GTD's generic perpetrator names).
  { name: 'Separatists', pattern: '(?:armed )?(?:separatists|secessionists)|separatist (?:fighters|militants|rebels|groups?|militias?|gunmen|forces)|secessionist (?:fighters|militants|rebels|groups?)', kind: 'separatist', inCountry: true },
  { name: 'Muslim extremists', pattern: '(?:Muslim|Islamic|Islamist) extremists?|(?:suspected )?Islamist (?:militants?|insurgents?|gunmen|attackers?)|Islamic militants|jihadists?(?! group)', kind: 'extremist' },
  { name: 'Jihadi-inspired extremists', pattern: 'jihadi(?:st)?-inspired (?:extremists?|attackers?|individuals?|gunm[ae]n)', kind: 'extremist' },
  { name: 'Anti-Muslim extremists', pattern: 'anti-Muslim (?:extremists?|attackers?|gunm[ae]n|mobs?)', kind: 'extremist' },
  { name: 'Hindu extremists', pattern: 'Hindu (?:extremists?|nationalists?|mobs?|vigilantes)|cow vigilantes', kind: 'extremist', country: 'IN' },
  { name: 'Far-right extremists', pattern: '(?:far|extreme|radical)[- ]right (?:extremists?|militants?|attackers?|gunm[ae]n|men|activists|groups?)|neo-Nazis?|white supremacists?', kind: 'extremist' },
  { name: 'Left-wing extremists', pattern: '(?:far|extreme|radical)[- ]left (?:extremists?|militants?|groups?)|left-wing (?:extremists?|militants?|guerrillas)', kind: 'extremist' },
  { name: 'Anarchists', pattern: 'anarchists?(?: (?:groups?|cells?|collectives?|militants))?', kind: 'extremist' },
  { name: 'Incel extremists', pattern: 'incels?|involuntary celibates?', kind: 'extremist' },
  { name: 'Mapuche extremists', pattern: 'Mapuche (?:extremists?|militants?|activists|groups?|attackers?)', kind: 'separatist', country: 'CL' },
  // Unnamed actors: ACLED's generic names, with the country in context.
  { name: 'Unidentified Armed Group', pattern: '(?:unidentified|unknown|unnamed|masked|armed|suspected|hooded|mysterious) (?:gunm[ae]n|assailants?|attackers?|m[ae]n|militants|armed (?:m[ae]n|individuals|persons|group|youths?)|persons?|people|individuals?|group|party|shooters?|(?:suicide )?bombers?|rioters?|youths?|youth militias?|militias?|militiamen|elements|perpetrators?|killers?|kidnappers?|abductors?)|(?:an? )?armed (?:youth )?militias?|(?:an? )?unknown (?:armed )?(?:gunmen)|gunm[ae]n|assailants?|attackers?|terrorists|terrorist groups?|armed groups?|militants|insurgents', kind: 'unidentified', inCountry: true },
  { name: 'Unidentified Gang', pattern: '(?:armed |criminal |rival |drug |local )?gangs?|gang members?|gangsters|criminal (?:groups?|organi[sz]ations?|gangs?)|drug (?:traffickers|cartels?|dealers)|cartel (?:members|gunmen|hitmen)|hitmen|sicarios|bandits', kind: 'criminal', inCountry: true },
  { name: 'Protesters', pattern: 'protesters|protestors|demonstrators|marchers|activists(?= (?:protested|rallied|marched|gathered|staged))', kind: 'protesters', inCountry: true },
  { name: 'Rioters', pattern: 'rioters|(?:an )?angry (?:mob|crowd)|mobs?|lynch mob', kind: 'rioters', inCountry: true },
];

/**
 * Ethnic and clan groups whose armed men the news names by the group ("Tiv militias", "Dinka youths"); ACLED
 * calls them "<Group> Ethnic Militia (<Country>)". General knowledge of the communal conflicts ACLED codes.
 */
export const ETHNIC_GROUPS =
  'Tiv|Jukun|Berom|Hausa|Adara|Bachama|Tarok|Mambilla|Kuteb|Ijaw|Itsekiri|Urhobo|Ibo|Igbo|Yoruba|Dogon|Bambara|Peul|Bororo|Tuareg|Daoussahak|Songhai|Hema|Lendu|Twa|Luba|Banyamulenge|Bembe|Fuliru|Hunde|Nande|Nyanga|Tembo|Dinka|Nuer|Murle|Shilluk|Mundari|Toposa|Lou Nuer|Misseriya|Rizeigat|Masalit|Zaghawa|Fur|Baggara|Hawazma|Nuba|Borana|Gabra|Garre|Degodia|Ajuran|Oromo|Amhara|Gumuz|Qemant|Afar|Pokot|Turkana|Samburu|Marakwet|Maasai|Kipsigis|Kisii|Luo|Karamojong|Hawiye|Darod|Marehan|Habar Gidir|Abgaal|Dulbahante|Warsangeli|Galjecel|Ogaden|Hutu|Tutsi|Mapuche|Kachin|Karen|Rohingya|Naga|Kuki|Meitei|Bodo|Dimasa|Karbi|Hmar|Mizo';

/** Words after an ethnic or clan name that make it an armed group. */
export const ETHNIC_MILITIA_WORDS =
  '(?:ethnic |tribal |clan |communal )?(?:militias?|militiamen|militia members|fighters|gunmen|youths?|armed (?:men|youths?)|warriors|herders|vigilantes)';

/**
 * Words that name a state's forces when they follow a demonym or country ("Syrian army", "Russian warplanes",
 * "Afghan security forces"), and the means of attack a state wields ("Russian air strikes", "Turkish
 * artillery"). A police word makes them ACLED's "Police Forces of <Country>".
 */
export const STATE_FORCE_WORDS =
  '(?:army|military|armed forces|troops|soldiers|forces|government forces|security forces|regime forces|regime|special forces|aerospace forces|air ?force|navy|naval forces|marines|warplanes|war planes|military (?:jets|aircraft|helicopters?|planes?)|jets|fighter jets|aircraft|planes|helicopters?|gunships|drones|artillery|tanks|border guards?|coast guard|national guard|gendarmerie|gendarmes|paramilitar(?:y|ies)|police(?: forces| officers)?|policemen|local police|border police|national police|military police|riot police|(?:air|drone|missile|rocket|artillery) ?strikes?|airstrikes?|air raids?|raids|strikes|bombardment|bombing raids?|shelling|barrel bombs?|missiles?|rockets?)';

/**
 * Standalone words that mean "the state's forces" of the country in context ("government forces", "the
 * army", "police"), and what they fire ("government air strikes", "regime barrel bombs").
 */
export const GOVERNMENT_FORCE_WORDS =
  '(?:government|pro-government|regime|pro-regime|loyalist|state|junta|federal) (?:forces|troops|soldiers|army|warplanes|war planes|jets|aircraft|helicopters?|artillery|militias?|fighters|air ?strikes?|airstrikes?|air raids?|raids|strikes|shelling|bombardment|bombing(?: raids?)?|barrel bombs?|planes|missiles?|rockets?|snipers?|tanks|air ?force|gunships)|(?:the )?regime|the army|army (?:troops|soldiers|units|forces)|(?:the )?security forces|security personnel|(?:the )?armed forces|troops|soldiers|the military|military (?:personnel|forces|units|troops)|(?:the )?police(?: forces| officers| personnel| units)?|policem[ae]n|police ?officers?|riot police|gendarmes|gendarmerie|military police';

/** Words that say a government as an authority, not its forces: "the Syrian government said". */
export const GOVERNMENT_WORDS = '(?:government|authorities|administration)';

// ───────────────────────── Role cues ─────────────────────────
// Each cue is read in the text right before or right after a mention, within its sentence.

/** Active verbs of violence: the mention before one did it ("Russian jets struck", "gunmen opened fire"). */
export const ATTACK_VERBS =
  'shelled|struck|strikes|bombed|bombs|attacked|attacks|fired|fires|launched|launches|carried out|carries out|targeted|targets|raided|raids|stormed|ambushed|ambushes|killed|kills|kill|abducted|kidnapped|arrested|detained|shot|shoots|opened fire|detonated|seized|captured|took control|overran|executed|hit|hits|pounded|pounds|conducted|dropped|set fire|set off|triggered|torched|looted|clashed|clash|blew up|planted|fought|massacred|beheaded|bombarded|pummell?ed|destroyed|burned|burnt|assassinated|gunned down|stabbed|besieged|advanced|attempted|tried|shells|launch|fire|pelted|stoned|threw|hurled|vandali[sz]ed|ransacked|dispersed|intervened|beat|beaten|assaulted|lynched|mortared|rocketed|sniped|slaughtered|wounded|injured|repelled|repulsed|thwarted|recaptured|re-captured|retook|re-took|regained|retaken|reclaimed|liberated|took back|drove|expelled|ousted|stole|robbed|chased|pursued|demolished|bulldozed|confiscated|razed|evicted|tortured|rained|unleashed|waged|mounted|staged|continued|continue|resumed|intensified|escalated|bombarding|shelling|targeting|attacking|pounding|striking|firing|killing';

/** Nouns of attack that a mention can modify: "rebel shelling", "Daesh attack", "IS snipers". */
export const ATTACK_NOUNS =
  '(?:suicide )?(?:attacks?|assaults?|offensive|shelling|bombardment|bombing|bombings|air ?strikes?|airstrikes?|strikes?|air raids?|raids?|rockets?|rocket fire|mortars?|mortar (?:fire|shells?|attacks?)|fire|gunfire|sniper fire|snipers?|ambush(?:es)?|infighting|incursion|onslaught|barrel bombs?|missiles?|car bombs?|suicide bombers?|bombers?|gunmen|fighters|militants|shells|artillery|drones?|ground offensive|counter-?offensive|push|operation|advance|siege|blockade|massacre|executions?|abductions?|kidnappings?)';

/** Words that may stand between a country and its forces: "US cruise missiles", "Israeli occupation forces". */
export const FORCE_MODIFIERS =
  '(?:cruise|ballistic|guided|precision|heavy|special|elite|regular|ground|combat|fighter|attack|surveillance|unmanned|occupation|government|regime|security|federal|national|local|border|riot|allied|reinforced|armou?red|counter-?terrorism|anti-terror(?:ism)?|intelligence|military|army|air|naval)';

/** Words in a mention that make it the means of an attack: "government air strikes", "Russian warplanes". */
export const MEANS_WORDS =
  'strikes?|airstrikes?|air raids?|raids|bombardment|shelling|bombing|barrel bombs?|missiles?|rockets?|warplanes|war planes|jets|aircraft|planes|helicopters?|gunships|drones|artillery|snipers?';

/** Words that say who is behind an attack, after the mention: "IS claimed responsibility", "X was behind it". */
export const RESPONSIBILITY_AFTER =
  '(?:(?:has |have |had |later |quickly |swiftly |reportedly |both |each |separately |also |subsequently |then )*(?:claimed|claims|claim|took|has taken|have taken|accepted|admitted|acknowledged)\\s+(?:\\w+\\s+)?(?:responsibility|the attack|the bombing|the killing|credit|carrying out|to carrying out|it carried out)|(?:confessed|admitted) to (?:carrying out|being behind|the attack|having)|(?:said|says|stated|announced|declared|confirmed|claimed) (?:that )?(?:it|they|its (?:fighters|members|militants)) (?:had )?(?:carried out|was behind|were behind|launched|conducted|staged|perpetrated|executed|targeted|attacked|killed)|(?:was|were|is|are|had been|has been|have been) (?:\\w+ )?(?:suspected|blamed|believed to (?:be|have been) (?:behind|responsible)|behind|responsible|held responsible|involved)|(?:may|might|could|likely|probably) (?:have )?(?:carried out|been behind|been responsible|been involved|perpetrated|committed)|(?:was|were) involved(?: in)? the attack)';

/** Words right before a mention that name it as who did it: "claimed by", "attributed the attack to", "by". */
export const PERPETRATOR_BEFORE =
  '(?:claimed by|responsibility (?:was )?claimed by|attributed (?:\\w+ ){0,3}to|blam(?:ed|ing|es) (?:\\w+ ){0,3}on|blam(?:ed|ing|es)|accus(?:ed|ing|es)|held|holding|(?:sources?|officials?|authorities|police|investigators|they|it|he|she|reports?|witnesses|residents|military|army|government)\\s+(?:also\\s+)?suspected(?:\\s+that|\\s+the involvement of|\\s+involvement of)?|involvement of|identified (?:\\w+ ){0,3}as|confessed to being|(?:assailants?|attackers?|bombers?|perpetrators?|gunm[ae]n|suspects?|kidnappers?|abductors?)\\b[^.;]{0,40}\\b(?:was|were|is|are|as|be|being)|carried out by|launched by|conducted by|fired by|operated by|committed by|perpetrated by|orchestrated by|masterminded by|led by|executed by|by)';

/** Words right before a mention that make it an ally in a joint operation, which counts as a perpetrator. */
export const ALLY_BEFORE =
  '(?:in coordination with|in cooperation with|in conjunction with|jointly with|alongside|backed by|supported by|with the support of|with support from|with help from|with the help of|aided by|allied with|together with|accompanied by|assisted by|with air support from)';

/** A state force acting against attackers answers an attack rather than making one: "security forces killed the bomber". */
export const RESPONDER_OBJECTS =
  '(?:suicide )?bombers?|assailants?|attackers?|perpetrators?|hostage-?takers?|kidnappers?|abductors?|hostages|explosives?|(?:the|an?|explosive) devices?|bombs?|(?:suicide )?vests?|explosives-laden|the attack|plot';
/** What responders do that needs no object: "the soldiers returned fire", "police tried to defuse it". */
export const RESPONDER_ACTS =
  'returned fire|fired back|responded|(?:attempted|tried|trying|attempting|were trying|was trying) to (?:defuse|dismantle|disarm|remove|stop|arrest|intercept)|defusing|dismantling|rescued|evacuated|cordoned off';
export const RESPONDER_VERBS =
  'shot|killed|arrested|detained|intercepted|identified|neutrali[sz]ed|apprehended|captured|stopped|foiled|thwarted|defused|rescued|freed|found|discovered|dismantled|opened fire on|gunned down|repelled|repulsed|foiling|killing|arresting|intercepting';

/** Words right before a mention that make it the one attacked. */
export const TARGET_BEFORE =
  '(?:(?:pelted|pelting|threw|throwing|hurled|hurling) (?:\\w+ ){0,3}(?:at|on)|against|targeting|targeted|target|to attack|attacking|attacked|ambushed|ambushing|struck|hit|hitting|abducted|abducting|kidnapped|kidnapping|arrested|arresting|detained|detaining|executed|captured|besieged|aimed at|directed at|positions of|posts? of|bases? of|convoy of|headquarters of|attack on|attacks on|assault on|strikes? on|air ?strikes? on|raids? on|raid on|ambush on|offensive (?:on|against)|shelling of|shelling on|bombardment of|fire on|fire at|fired (?:\\w+ ){0,3}(?:on|at)|opened fire (?:on|at)|clashed with|clashes with|fighting with|fought|battle with|battles with|suspected of belonging to|affiliated with|linked to|belonging to|defeat|expelled|drove out|ousted|repelled|repulsed|seized from|captured from|recaptured from|retook from|oust)';

/** Things of a state or group that are attacked: "an army convoy", "a police post"; the owner is the target. */
export const TARGET_OBJECTS =
  '(?:vehicles?|convoys?|patrols?|posts?|checkpoints?|check-?posts?|bases?|compounds?|headquarters|barracks|outposts?|positions?|academy|camps?|offices?|buildings?|buses|bus|trucks?|tanks?|stations?|installations?|facilities|facility|depots?|airbase|air base|airport|excavators?|bulldozers?|ambulances?|helicopters?|aircraft|plane)';

/** Words right before a mention that make it the ones killed or hurt: "killing 25 troops". */
export const VICTIM_BEFORE =
  '(?:killing|killed|kill|kills|wounding|wounded|wounds|injuring|injured|injures|deaths? of|bodies of|funeral of|lost|losses among|casualties among|dead among|among the (?:dead|killed|victims))';

/** Words right after a mention that make it the one attacked or hurt ("soldiers were killed", "police were attacked"). */
export const VICTIM_AFTER_VERBS = 'killed|dead|died|wounded|injured|hurt|martyred|slain|lost (?:their|his|her) lives|perished';
export const TARGET_AFTER_VERBS = 'attacked|targeted|ambushed|abducted|kidnapped|hit|struck|arrested|detained|shot down|downed|destroyed|intercepted|captured|besieged|executed|shot|beheaded|hanged|overrun|routed|defeated|expelled|driven out|pushed back';

/** After a passive participle in a headline ("10 troops killed in clashes"), these words say nobody is named as the agent yet. */
export const PASSIVE_FOLLOWERS = 'in|on|at(?! least| most)|during|as|when|after|near|while|overnight|yesterday|today|and(?! (?:killed|wounded|injured))|or|amid|outside|inside|since|for|following|across|around|close to';

/** Clause words that end the subject of a verb: a mention before them is not its subject. */
export const CLAUSE_BREAKS = 'that|which|who|whom|whose|when|where|while|said|says|say|told|because|if|whether|after|before|since|although|though|but|reported|according';

/** Words of protest and of rioting; a crowd that does them is ACLED's "Protesters" or "Rioters". */
export const PROTEST_VERBS =
  'protest(?:ed|s|ing)?|demonstrat(?:ed|ing)|rall(?:ied|ying)|march(?:ed|ing)|(?:held|staged|organi[sz]ed|launched|took part in|participated in|joined) (?:a |an )?(?:\\w+ ){0,3}(?:protests?|demonstrations?|rall(?:y|ies)|marches|march|sit-ins?|strikes?|dharna|vigil|hunger strike|human chain|gathering|boycotts?|blockades?)|gathered (?:to (?:protest|demand|denounce|condemn|call|express)|in front of|outside)|took to the streets|went on (?:a )?(?:hunger )?strike|picketed|boycotted|chanted|blocked (?:a |the )?(?:road|street|highway|entrance)s?';
export const RIOT_VERBS =
  'rioted|pelted|stoned|threw (?:stones|rocks|bricks|petrol bombs|molotov)|hurled (?:stones|rocks|bricks|petrol bombs)|torched|set (?:fire|ablaze|alight)|set on fire|burn(?:ed|t|ing) (?:\\w+ ){0,2}(?:tyres|tires|cars|vehicles|buildings|shops|houses|effig)|vandali[sz]ed|ransacked|looted|attacked|beat|lynched|clashed|stormed|damaged|destroyed';

/** People who, doing the above, are a crowd rather than an armed group. */
export const CROWD_NOUNS =
  'residents|villagers|locals|people|citizens|youths?|young (?:men|people)|students|workers|employees|farmers|traders|vendors|teachers|doctors|nurses|health workers|journalists|lawyers|supporters|members|activists|women|men|families|relatives|parents|drivers|miners|prisoners|inmates|fans|mob|crowds?|group|hundreds|dozens|thousands|tens|scores|demonstrators|protesters|protestors|community members|party (?:members|workers|supporters)|retirees|pensioners|unemployed|farmers|tribesmen|muslims|christians|hindus|shopkeepers|merchants|traders|truckers|taxi drivers|motorcyclists|laborers|labourers';
