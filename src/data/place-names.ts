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
  'special administrative region', 'autonomous province', 'federal capital territory', 'voivodeship',
];

/** Prefixes dropped from a first-level region's display name ("Republic of Dagestan" → "Dagestan"). */
export const ADMIN1_PREFIXES: readonly string[] = ['autonomous republic of', 'republic of', 'state of', 'province of', 'region of'];

/**
 * Names of GeoNames first-level regions that country-state-city does not list (ISO 3166-2 has no
 * subdivisions for them) or that the join cannot tell apart, keyed by GeoNames admin1 code. Without
 * them the region would take its capital's name.
 */
export const ADMIN1_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'PS.GZ': 'Gaza Strip',
  'PS.WE': 'West Bank',
  // country-state-city files the capital's barrios under the province, so the join cannot tell them apart.
  'AR.01': 'Buenos Aires',
  'AR.07': 'Ciudad Autónoma de Buenos Aires',
};

/**
 * Display names (first) and aliases of first-level regions whose ISO 3166-2 name is not what news
 * text calls them, keyed by country code and the name the build derives (the ISO name without its
 * "Province"/"oblast" suffix, or the region's capital when country-state-city does not list it), or by
 * "=" and the full ISO name.
 * Source: general knowledge of current administrative names.
 */
export const ADMIN1_RENAMES: Readonly<Record<string, readonly string[]>> = {
  // Ukraine: ISO names are adjectives ("Kharkivska oblast"); news names an oblast after its centre.
  'UA:Cherkaska': ['Cherkasy'], 'UA:Chernihivska': ['Chernihiv'], 'UA:Chernivetska': ['Chernivtsi'],
  'UA:Dnipropetrovska': ['Dnipropetrovsk', 'Dnipro'], 'UA:Donetska': ['Donetsk'], 'UA:Ivano-Frankivska': ['Ivano-Frankivsk'],
  'UA:Kharkivska': ['Kharkiv'], 'UA:Khersonska': ['Kherson'], 'UA:Khmelnytska': ['Khmelnytskyi'],
  'UA:Kirovohradska': ['Kirovohrad', 'Kropyvnytskyi'], 'UA:Kyivska': ['Kyiv Oblast', 'Kyiv', 'Kiev'], 'UA:Kyiv': ['Kyiv City', 'Kiev City'],
  'UA:Luhanska': ['Luhansk', 'Lugansk'], 'UA:Lvivska': ['Lviv'], 'UA:Mykolaivska': ['Mykolaiv'], 'UA:Odeska': ['Odesa', 'Odessa'],
  'UA:Poltavska': ['Poltava'], 'UA:Rivnenska': ['Rivne'], 'UA:Sumska': ['Sumy'], 'UA:Ternopilska': ['Ternopil'],
  'UA:Vinnytska': ['Vinnytsia'], 'UA:Volynska': ['Volyn'], 'UA:Zakarpatska': ['Zakarpattia', 'Transcarpathia'],
  'UA:Zaporizka': ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'], 'UA:Zhytomyrska': ['Zhytomyr'],
  // Regions missing from country-state-city, named here instead of after their capital.
  'AF:Maydanshakhr': ['Wardak', 'Maidan Wardak', 'Vardak'], 'AF:Urozgan': ['Uruzgan', 'Oruzgan'], 'AF:Ghōr': ['Ghor'],
  'CD:Kolwezi': ['Lualaba'], 'CD:Kananga': ['Kasai-Central', 'Kasai Central'], 'CF:Ndélé': ['Bamingui-Bangoran'],
  'SO:Hargeysa': ['Woqooyi Galbeed', 'Maroodi Jeex'], 'SO:Laascaanood': ['Sool'], 'SO:Banaadir': ['Banadir', 'Benadir'],
  'SS:Juba': ['Central Equatoria'], 'SS:Torit': ['Eastern Equatoria'], 'SS:Bor': ['Jonglei'],
  'SS:Aweil': ['Northern Bahr el Ghazal'], 'SS:Bentiu': ['Unity'], 'SS:Malakal': ['Upper Nile'], 'SS:Kuacjok': ['Warrap'],
  'SS:Wau': ['Western Bahr el Ghazal'], 'SS:Yambio': ['Western Equatoria'], 'LY:Tobruk': ['Butnan', 'Al Butnan'],
  // Iraq and Syria: the common English forms beside the ISO ones.
  'IQ:Saladin': ['Salah al-Din', 'Salahuddin', 'Salah ad-Din'], 'IQ:Nineveh': ['Nineveh', 'Ninawa', 'Ninewa'],
  'IQ:Babylon': ['Babil', 'Babylon'], 'IQ:Al-Qādisiyyah': ['Al-Qadisiyah', 'Qadisiyah', 'Diwaniyah'], 'IQ:Dohuk': ['Dohuk', 'Duhok', 'Dahuk'],
  'IQ:Erbil': ['Erbil', 'Arbil', 'Irbil'], 'IQ:Sulaymaniyah': ['Sulaymaniyah', 'Sulaimaniya', 'Slemani'],
  'SY:Al-Raqqah': ['Raqqa', 'Ar-Raqqah'], 'SY:As-Suwayda': ['As-Suwayda', 'Sweida', 'Suwayda'], 'SY:Damascus': ['Damascus', 'Dimashq'],
  'SY:Rif Dimashq': ['Rif Dimashq', 'Rural Damascus', 'Damascus Countryside', 'Reef Dimashq'],
  // "=" keys match the full ISO name only: "Sana'a" is the capital city's region, "Sana'a Governorate" the one around it.
  "YE:=Sana'a": ['Amanat al Asimah', "Sana'a City", 'Sanaa City', 'Amanat Al-Asimah'],
  'YE:Aḑ Ḑāli‘': ['Ad Dali', "Al Dhale'e", 'Dhale', 'Ad Dhale'], 'YE:Saada': ['Saada', "Sa'dah", 'Sadah'], 'YE:Hadhramaut': ['Hadramawt', 'Hadramout', 'Hadhramaut'],
  'PK:Khyber Pakhtunkhwa': ['Khyber Pakhtunkhwa', 'KP', 'KPK', 'North-West Frontier Province'],
  'MX:Michoacán de Ocampo': ['Michoacán', 'Michoacan'], 'MX:Veracruz de Ignacio de la Llave': ['Veracruz'],
  'MX:Coahuila de Zaragoza': ['Coahuila'], 'MX:Estado de México': ['México', 'State of Mexico', 'Mexico State', 'Edomex'],
  'MX:Ciudad de México': ['Mexico City', 'Ciudad de México', 'CDMX'],
  'PK:Federally Administered Tribal Areas': ['Federally Administered Tribal Areas', 'FATA'],
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
