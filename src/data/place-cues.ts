// Words around a place name that tie it to an event and say how precisely it locates it.
// Source: general English usage in news and conflict-event notes (ACLED notes write "in X (Y, Z)",
// "in the vicinity of X"; GTD summaries write "in X city, Y district, Z province, Country"), written
// for this project. Precision labels follow the contract: exact | near | admin2 | admin1 | country.

/** Words right before a name (or before "the ... city of") that put the event in the place. */
export const IN_CUES: readonly string[] = [
  'in', 'at', 'on', 'into', 'across', 'inside', 'within', 'throughout', 'onto', 'over', 'through',
  'shelled', 'bombed', 'bombarded', 'struck', 'hit', 'targeted', 'stormed', 'captured', 'seized', 'recaptured',
  'entered', 'besieged', 'raided', 'overran', 'attacked', 'invaded', 'liberated', 'targeting', 'striking', 'hitting',
  'attacking', 'shelling', 'bombing', 'storming', 'raiding', 'besieging', 'capturing', 'entering',
];

/** Words that name the place as a reference point, not the site itself. */
export const NEAR_CUES: readonly string[] = [
  'near', 'nearby', 'outside', 'around', 'close to', 'next to', 'off', 'beyond', 'past',
  'outskirts of', 'the outskirts of', 'vicinity of', 'the vicinity of', 'suburbs of', 'the suburbs of', 'countryside of',
  'the countryside of', 'edge of', 'the edge of', 'environs of', 'surroundings of', 'periphery of', 'the periphery of',
  'road to', 'the road to', 'road from', 'highway to', 'way to', 'route to', 'west of', 'east of', 'north of', 'south of',
  'northeast of', 'northwest of', 'southeast of', 'southwest of', 'north-east of', 'north-west of', 'south-east of', 'south-west of',
  'northeastern of', 'kilometres from', 'kilometers from', 'km from', 'miles from', 'kms from',
];

/**
 * Weak links: the place is named by the event but may not be its site ("fired from X", "fled to X",
 * "between X and Y"). They make a name count as a place but give cue 'none'.
 */
export const WEAK_CUES: readonly string[] = [
  'from', 'to', 'toward', 'towards', 'between', 'via', 'along', 'reached', 'returned to', 'fled', 'left', 'visited',
  'residents of', 'people of', 'city of', 'town of', 'village of', 'province of', 'governorate of', 'district of',
];

/** Adjectives between a cue and a name that narrow the area but keep the cue ("in northern Idlib", "in rural Damascus"). */
export const COMPASS_WORDS: readonly string[] = [
  'northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northwest', 'northeast', 'southwest', 'southeast', 'rural',
  'greater', 'downtown', 'upper', 'lower', 'far',
];

/**
 * Nouns of "the western city of X", "the town of X", "the X province". Those naming an administrative
 * unit set the level; those naming the surroundings make the mention 'near'.
 */
export const DESCRIPTOR_PRECISION: Readonly<Record<string, 'exact' | 'near' | 'admin2' | 'admin1'>> = {
  city: 'exact', town: 'exact', village: 'exact', hamlet: 'exact', capital: 'exact', port: 'exact', settlement: 'exact',
  camp: 'exact', neighbourhood: 'exact', neighborhood: 'exact', quarter: 'exact', suburb: 'exact', locality: 'exact',
  stronghold: 'exact', bastion: 'exact', enclave: 'exact', area: 'exact', municipality: 'admin2', district: 'admin2',
  subdistrict: 'admin2', 'sub-district': 'admin2', county: 'admin2', commune: 'admin2', tehsil: 'admin2', raion: 'admin2',
  nahiya: 'admin2', woreda: 'admin2', province: 'admin1', governorate: 'admin1', region: 'admin1', state: 'admin1',
  oblast: 'admin1', prefecture: 'admin1', department: 'admin1', emirate: 'admin1', wilaya: 'admin1', territory: 'admin1',
  countryside: 'near', outskirts: 'near', vicinity: 'near', suburbs: 'near', environs: 'near', surroundings: 'near',
  periphery: 'near', outskirt: 'near',
};

/** Words right after a name that say what kind of place it is ("Kandahar province", "Tel Aviv city", "Idlib countryside"). */
export const FOLLOWING_PRECISION: Readonly<Record<string, 'exact' | 'near' | 'admin2' | 'admin1'>> = {
  city: 'exact', town: 'exact', village: 'exact', hamlet: 'exact', camp: 'exact', neighbourhood: 'exact', neighborhood: 'exact',
  area: 'exact', locality: 'exact', settlement: 'exact', suburb: 'exact', quarter: 'exact', market: 'exact',
  district: 'admin2', districts: 'admin2', subdistrict: 'admin2', 'sub-district': 'admin2', county: 'admin2', municipality: 'admin2',
  commune: 'admin2', tehsil: 'admin2', raion: 'admin2', rayon: 'admin2', nahiya: 'admin2', woreda: 'admin2', lga: 'admin2',
  'local government area': 'admin2', 'local government': 'admin2', 'municipal district': 'admin2',
  province: 'admin1', provinces: 'admin1', governorate: 'admin1', governorates: 'admin1', state: 'admin1', region: 'admin1',
  oblast: 'admin1', prefecture: 'admin1', department: 'admin1', emirate: 'admin1', wilaya: 'admin1', territory: 'admin1',
  countryside: 'near', outskirts: 'near', suburbs: 'near', environs: 'near', surroundings: 'near', periphery: 'near',
  // Front lines named after the nearest town ("the Qaniyah front", "Kirni sector").
  front: 'near', frontline: 'near', fronts: 'near', sector: 'near', axis: 'near',
};

/**
 * Capitalised words that may join the words of a name ("Bosnia and Herzegovina", "Rio de Janeiro",
 * "Deir ez-Zor", "Ras al Ain"). A name never starts or ends with one, except an Arabic article
 * that prefixes the next word.
 */
export const NAME_CONNECTORS: readonly string[] = [
  'and', 'of', 'the', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'y', 'e',
  'en', 'sur', 'upon', 'on', 'am', 'an', 'der', 'van', 'von', 'bin', 'ibn', 'bani', 'beni', 'i', 'e',
];
