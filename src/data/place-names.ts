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
 * subdivisions for them), keyed by GeoNames admin1 code. Without them the region would take its
 * capital's name.
 */
export const ADMIN1_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'PS.GZ': 'Gaza Strip',
  'PS.WE': 'West Bank',
};

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
