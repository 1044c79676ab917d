// Conventions for writing and reading place names, used by the gazetteer's name keys and the
// place-mention finder. Sources: common romanisation practice for Arabic, Persian and Pashto names
// (UN/BGN-PCGN style and the looser spellings of news reports), GeoNames feature codes
// (https://www.geonames.org/export/codes.html), and general English usage of administrative words.

/**
 * Romanised Arabic definite articles ("al-", "el-", and the sun-letter forms "ad-", "ash-", "az-" ...).
 * Dropped from a name key when they prefix another word, so "Deir ez-Zor", "Dayr az Zawr" and
 * "Deir al-Zour" reduce to the same words.
 */
export const NAME_ARTICLES: readonly string[] = [
  'al', 'el', 'il', 'ul', 'ad', 'ed', 'ud', 'ash', 'esh', 'as', 'es', 'us', 'ar', 'er', 'ur', 'az', 'ez', 'uz',
  'an', 'en', 'un', 'at', 'et', 'ut', 'ath', 'adh', 'ats',
];

/** Lowercase particles inside personal and place names ("Ibn Khaldun", "Rio de Janeiro"), besides the articles. */
export const NAME_PARTICLES: readonly string[] = [
  'bin', 'ibn', 'bani', 'beni', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'von', 'der',
];

/** Letters without a canonical decomposition, mapped to the ASCII a reader would type. */
export const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h',
  'ŧ': 't', 'ŀ': 'l', 'ƒ': 'f', 'ɨ': 'i', 'ə': 'e', 'ǝ': 'e', 'ɛ': 'e', 'ɔ': 'o', 'ŋ': 'ng', 'ĸ': 'k',
};

/**
 * Transliteration folds for the loose "sound key": each pair rewrites a spelling to the one it is
 * commonly confused with in romanised names. Applied in order, after lowercasing and article removal.
 * Vowels, and w/y used as vowels, are handled by the key builder itself (they all fall into one class).
 */
export const SOUND_FOLDS: readonly (readonly [string, string])[] = [
  ['kh', 'h'], // خ: Khan / Han
  ['gh', 'g'], // غ: Ghouta / Guta
  ['dh', 'z'], // ذ ظ: Dhamar / Zamar
  ['zh', 'j'], // ژ: Zhytomyr / Jitomir is rarer, but Persian zh/j alternate
  ['dj', 'j'], // French: Djibouti, Djisr
  ['dsch', 'j'],
  ['tch', 's'], ['tsh', 's'], ['sch', 's'], ['ch', 's'], ['sh', 's'], // French ch, English sh, German sch
  ['th', 't'], // ث: Thawra / Tawra
  ['ph', 'f'],
  ['ck', 'k'], ['q', 'k'], ['c', 'k'], // ق: Qamishli / Kamishli
  ['x', 'ks'],
];

/** Words after a name that make it an administrative unit (level and the precision it gives). */
export const ADMIN_WORDS: Readonly<Record<string, 'admin1' | 'admin2'>> = {
  province: 'admin1', provinces: 'admin1', governorate: 'admin1', governorates: 'admin1', state: 'admin1',
  region: 'admin1', oblast: 'admin1', prefecture: 'admin1', department: 'admin1', wilaya: 'admin1', emirate: 'admin1',
  muhafazah: 'admin1', division: 'admin1', territory: 'admin1',
  district: 'admin2', districts: 'admin2', county: 'admin2', subdistrict: 'admin2', 'sub-district': 'admin2',
  municipality: 'admin2', raion: 'admin2', rayon: 'admin2', commune: 'admin2', tehsil: 'admin2', zone: 'admin2',
  'local government area': 'admin2', lga: 'admin2', nahiya: 'admin2', qada: 'admin2', woreda: 'admin2',
};

/** Suffixes dropped from a first-level region's display name ("Idlib Governorate" → "Idlib"). */
export const ADMIN1_SUFFIXES: readonly string[] = [
  'governorate', 'province', 'region', 'state', 'oblast', 'krai', 'kray', 'district', 'department', 'prefecture',
  'emirate', 'county', 'territory', 'division', 'municipality', 'wilaya', 'autonomous region', 'capital territory',
  'special administrative region', 'autonomous province', 'federal capital territory', 'voivodeship', 'oblysy', 'rayon',
];

/** Words a region's name is not shortened to ("Federal District" stays whole, not "Federal"). */
export const ADMIN1_BARE_WORDS: readonly string[] = ['federal', 'capital', 'national'];

/**
 * Letters of scholarly transliteration (macrons, dots below, the BGN/PCGN cedilla forms, ayn and hamza
 * signs) that English news does not write: a region name carrying one ("Gharb Kurdufān") yields to a
 * spelling without ("West Kordofan"). Letters of national alphabets (Turkish ş, Romanian ţ) are not listed.
 */
export const TRANSLITERATION_MARKS: readonly string[] = [
  'ā', 'ē', 'ī', 'ō', 'ū', 'Ā', 'Ē', 'Ī', 'Ō', 'Ū', 'ḍ', 'ḥ', 'ṣ', 'ṭ', 'ẓ', 'ḳ', 'Ḍ', 'Ḥ', 'Ṣ', 'Ṭ', 'Ẓ',
  'ḩ', 'ḑ', 'ẕ', 'Ḩ', 'Ḑ', 'Ẕ', 'ḏ', 'ṯ', 'ḡ', 'ʿ', 'ʾ', '‘',
];

/** Prefixes dropped from a first-level region's display name ("Republic of Dagestan" → "Dagestan"). */
export const ADMIN1_PREFIXES: readonly string[] = [
  'autonomous republic of', 'republic of', 'state of', 'province of', 'region of', 'canton of', 'municipality of',
  // Local administrative words GeoNames keeps before a region's name.
  "sha'biyat", 'sha`biyat', 'muhafazat', 'respublika', 'opstina', 'raionul', 'changwat', 'viloyati', 'gorod',
];

/**
 * Names of GeoNames first-level regions, keyed by GeoNames admin1 code, where iso3166-2-db has no region
 * for the code (regions created or renumbered after its data: Ghana 2018, Nepal's provinces, Norway's
 * 2020 counties, Madagascar's regions, South Sudan's ten states, Kazakhstan 2022, Papua 2022) or gives it
 * a wrong one (Taiwan's four codes, Sakha). An override replaces every name the package gives the code.
 * Source: general knowledge of current first-level divisions, checked against each code's capital in cities500.
 */
export const ADMIN1_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'SS.01': 'Central Equatoria', 'SS.02': 'Eastern Equatoria', 'SS.03': 'Jonglei', 'SS.04': 'Lakes', 'SS.05': 'Northern Bahr el Ghazal',
  'SS.06': 'Unity', 'SS.07': 'Upper Nile', 'SS.08': 'Warrap', 'SS.09': 'Western Bahr el Ghazal', 'SS.10': 'Western Equatoria',
  'ML.12070575': 'Taoudénit', 'ML.12070577': 'Ménaka',
  'GH.12': 'Ahafo', 'GH.13': 'Bono', 'GH.14': 'Bono East', 'GH.15': 'North East', 'GH.16': 'Oti', 'GH.17': 'Savannah', 'GH.18': 'Western North',
  'NP.1': 'Koshi', 'NP.2': 'Madhesh', 'NP.3': 'Bagmati', 'NP.4': 'Gandaki', 'NP.5': 'Lumbini', 'NP.6': 'Karnali', 'NP.7': 'Sudurpashchim',
  'NO.21': 'Trøndelag', 'NO.30': 'Viken', 'NO.34': 'Innlandet', 'NO.38': 'Vestfold og Telemark', 'NO.42': 'Agder', 'NO.46': 'Vestland',
  'NO.54': 'Troms og Finnmark',
  'MG.11': 'Analamanga', 'MG.12': 'Vakinankaratra', 'MG.13': 'Itasy', 'MG.14': 'Bongolava', 'MG.21': 'Haute Matsiatra',
  'MG.22': "Amoron'i Mania", 'MG.24': 'Ihorombe', 'MG.25': 'Atsimo-Atsinanana', 'MG.26': 'Fitovinany', 'MG.27': 'Vatovavy',
  'MG.31': 'Atsinanana', 'MG.32': 'Analanjirofo', 'MG.33': 'Alaotra-Mangoro', 'MG.41': 'Boeny', 'MG.42': 'Sofia', 'MG.43': 'Betsiboka',
  'MG.44': 'Melaky', 'MG.51': 'Atsimo-Andrefana', 'MG.52': 'Androy', 'MG.53': 'Anosy', 'MG.54': 'Menabe', 'MG.71': 'Diana', 'MG.72': 'Sava',
  'KZ.12510143': 'Abai', 'KZ.12510144': 'Jetisu', 'KZ.12510145': 'Ulytau', 'KZ.1537272': 'Shymkent',
  'ID.PD': 'Southwest Papua', 'ID.PE': 'Highland Papua', 'ID.PS': 'South Papua', 'ID.PT': 'Central Papua',
  'IN.41': 'Ladakh', 'IN.52': 'Dadra and Nagar Haveli and Daman and Diu', 'CL.18': 'Ñuble',
  'TW.01': 'Fujian', 'TW.02': 'Kaohsiung', 'TW.03': 'Taipei', 'TW.04': 'Taiwan Province',
  'RU.63': 'Sakha', 'MA.01': 'Tanger-Tétouan-Al Hoceïma',
  // The package gives the city the province's name; the province takes "Buenos Aires" itself.
  'AR.07': 'Ciudad Autónoma de Buenos Aires',
};

/**
 * Display names (first) and aliases of first-level regions whose name in iso3166-2-db is not the one
 * news text uses, keyed by country code and the name the build derives ("UA:Odessa": the English or
 * GeoNames name without its "Province"/"Oblast" suffix, or the override, or the capital's name for a
 * region without one; matched however it is accented), or by GeoNames admin1 code ("KZ.01") where the
 * derived name is shared by two regions.
 * Source: general knowledge of current administrative names and their common English spellings.
 */
export const ADMIN1_RENAMES: Readonly<Record<string, readonly string[]>> = {
  // Ukraine: news has moved to the Ukrainian spellings.
  'UA:Kyiv City': ['Kyiv City', 'Kiev City'], 'UA:Kiev': ['Kyiv Oblast', 'Kyiv', 'Kiev', 'Kiev Oblast'],
  'UA:Odessa': ['Odesa', 'Odessa'], 'UA:Zaporizhia': ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
  'UA:Transcarpathia': ['Zakarpattia', 'Transcarpathia'], 'UA:Dnipropetrovsk': ['Dnipropetrovsk', 'Dnipro'],
  'UA:Kirovohrad': ['Kirovohrad', 'Kropyvnytskyi'], 'UA:Luhansk': ['Luhansk', 'Lugansk'],
  // Afghanistan.
  'AF:Vardak': ['Wardak', 'Maidan Wardak', 'Vardak'], 'AF:Urozgan': ['Uruzgan', 'Oruzgan', 'Urozgan'], 'AF:Ghowr': ['Ghor', 'Ghowr'],
  // Iraq and Syria: the common English forms beside the others.
  'IQ:Saladin': ['Salah al-Din', 'Salahuddin', 'Salah ad-Din', 'Saladin'], 'IQ:Nineveh': ['Nineveh', 'Ninawa', 'Ninewa'],
  'IQ:Babil': ['Babil', 'Babylon'], 'IQ:Al Qadisiyah': ['Al-Qadisiyah', 'Qadisiyah', 'Diwaniyah'], 'IQ:Dohuk': ['Dohuk', 'Duhok', 'Dahuk'],
  'IQ:Arbil': ['Erbil', 'Arbil', 'Irbil'], 'IQ:Sulaymaniyah': ['Sulaymaniyah', 'Sulaimaniya', 'Slemani'], 'IQ:Muthanna': ['Al Muthanna', 'Muthanna'],
  'SY:Ar-Raqqah': ['Raqqa', 'Ar-Raqqah', 'Al-Raqqah'], 'SY:As-Suwayda': ['As-Suwayda', 'Sweida', 'Suwayda'], 'SY:Damascus': ['Damascus', 'Dimashq'],
  'SY:Rif Dimashq': ['Rif Dimashq', 'Rural Damascus', 'Damascus Countryside', 'Reef Dimashq'],
  // Yemen: Amanat al-Asimah is the capital's own region; "Sana'a" alone is the governorate around it.
  'YE:Amanat Al Asimah': ['Amanat al Asimah', "Sana'a City", 'Sanaa City', 'Amanat Al-Asimah'],
  'YE:Ad Dali': ['Ad Dali', "Al Dhale'e", 'Dhale', 'Ad Dhale'], 'YE:Saada': ['Saada', "Sa'dah", 'Sadah'],
  'YE:Hadhramaut': ['Hadramawt', 'Hadramout', 'Hadhramaut'], "YE:'Amran": ['Amran', 'Omran'],
  'YE:Soqatra': ['Socotra', 'Soqatra'], "YE:Ta'izz": ["Ta'izz", 'Taiz'],
  'SO:Banaadir': ['Banadir', 'Benadir', 'Banaadir'], 'SO:Woqooyi Galbeed': ['Woqooyi Galbeed', 'Maroodi Jeex'],
  'LB:Liban-Nord': ['North', 'North Lebanon', 'Liban-Nord'], 'LB:Aakkâr': ['Akkar', 'Aakkar'],
  'SD:North Kurdufan': ['North Kordofan', 'North Kurdufan'], 'CD:Bas-Congo': ['Kongo Central', 'Bas-Congo'],
  'NG:Federal Capital Territory': ['Federal Capital Territory', 'FCT', 'Abuja'],
  'ET:Southern Nations': ["Southern Nations, Nationalities, and Peoples'", 'SNNPR', 'SNNP'],
  'PK:Khyber Pakhtunkhwa': ['Khyber Pakhtunkhwa', 'KP', 'KPK', 'North-West Frontier Province'],
  'IN:Laccadives': ['Lakshadweep', 'Laccadives'],
  'IR:Azarbayjan-e Gharbi': ['West Azerbaijan', 'West Azarbaijan'], 'IR:Khorasan-e Jonubi': ['South Khorasan'],
  'IR:Khorasan-e Shomali': ['North Khorasan'],
  'AZ:Nakhichevan': ['Nakhchivan', 'Nakhichevan'], 'AZ:Xankandi Sahari': ['Xankandi', 'Khankendi', 'Stepanakert'], 'AZ:Xocali': ['Khojaly', 'Xocali'],
  'RU:Kareliya': ['Karelia', 'Kareliya'], 'RU:Sakha': ['Sakha', 'Yakutia', 'Sakha Republic'], 'RU:North Ossetia': ['North Ossetia-Alania', 'North Ossetia'],
  'RU:Transbaikal': ['Zabaykalsky', 'Transbaikal'],
  'BA:Srspka': ['Republika Srpska', 'Srpska'], 'BA:Federation of B&H': ['Federation of Bosnia and Herzegovina', 'Federation of B&H'],
  'VN:Bà Rịa': ['Bà Rịa-Vũng Tàu'], 'VN:Thừa Thiên': ['Thừa Thiên-Huế'], 'VE:Vargas': ['La Guaira', 'Vargas'], 'VE:Capital': ['Distrito Capital', 'Capital District'],
  // Mexico: states by their short names, with the official full ones beside them.
  'MX:Michoacán': ['Michoacán', 'Michoacán de Ocampo'], 'MX:Veracruz': ['Veracruz', 'Veracruz de Ignacio de la Llave'],
  'MX:Coahuila': ['Coahuila', 'Coahuila de Zaragoza'],
  'MX:Mexico': ['México', 'State of Mexico', 'Mexico State', 'Edomex', 'Estado de México'],
  'MX:Mexico City': ['Mexico City', 'Ciudad de México', 'CDMX'], 'TW.04': ['Taiwan Province'],
  // Kazakhstan: the package spells regions in Kazakh transliteration; the city and the region of Almaty share a name.
  'KZ.01': ['Almaty Region', 'Almaty Oblast'], 'KZ.02': ['Almaty', 'Almaty City'], 'KZ.03': ['Akmola', 'Aqmola'], 'KZ.04': ['Aktobe', 'Aqtobe'],
  'KZ.05': ['Astana', 'Nur-Sultan'], 'KZ.07': ['West Kazakhstan', 'Batys Qazaqstan'], 'KZ.08': ['Baikonur', 'Bayqongyr'],
  'KZ.09': ['Mangystau', 'Mangghystau'], 'KZ.10': ['Turkestan', 'South Kazakhstan'], 'KZ.12': ['Karaganda', 'Qaraghandy'],
  'KZ.13': ['Kostanay', 'Qostanay'], 'KZ.14': ['Kyzylorda', 'Qyzylorda'], 'KZ.16': ['North Kazakhstan', 'Soltustik Qazaqstan'],
  'KZ.17': ['Jambyl', 'Zhambyl'],
};

/**
 * Administrative words that GeoNames keeps in the names of Afghan district seats ("Markaz-e
 * Woluswālī-ye Āchīn" = "centre of the district of Achin", "‘Alāqahdārī Shāh Jōy"). News names the
 * place without them, so display names and an extra name key drop them. Compared as name keys.
 */
export const SEAT_NAME_WORDS: readonly string[] = [
  'markaz', 'woluswali', 'wuluswali', 'uluswali', 'alaqahdari', 'alaqadari', 'hukumati', 'hukumat', 'mantaqa',
];

/** Words after a name that say it is a settlement ("Tel Aviv city", "Kecha village"). */
export const SETTLEMENT_WORDS: readonly string[] = ['city', 'town', 'village', 'hamlet', 'camp', 'neighbourhood', 'neighborhood', 'suburb', 'area', 'locality'];

/**
 * GeoNames feature codes of populated places, most prominent first; the rank feeds the static prior of
 * a candidate (a capital is a likelier reading of a bare name than a hamlet of the same name).
 * Codes not listed (historical PPLH, abandoned PPLQ) are not loaded.
 */
export const FEATURE_RANK: Readonly<Record<string, number>> = {
  PPLC: 0, PPLG: 1, PPLA: 1, PPLA2: 2, PPL: 3, PPLA3: 3, PPLA4: 4, PPLA5: 4, PPLS: 4, PPLL: 5, PPLF: 5,
  PPLR: 5, PPLX: 6, STLMT: 5, PPLW: 6, PPLCH: 5,
};
