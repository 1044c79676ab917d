// Words that GeoNames knows as places but that in English news text are almost always something else.
// Source: general English vocabulary and naming conventions, written for this project (not fitted on any
// dataset). All entries are lowercase; the finder compares them with normalised name keys.

/**
 * Common English words (and capitalised function words at a sentence start) that are also the names
 * of small places somewhere ("Of" in Turkey, "Police" in Poland, "Reading", "Hope"). Never read as
 * a place when they stand alone.
 */
export const COMMON_WORDS: readonly string[] = [
  // function words
  'a', 'about', 'above', 'across', 'after', 'again', 'against', 'ago', 'all', 'along', 'also', 'although', 'among', 'an', 'and',
  'another', 'any', 'are', 'around', 'as', 'at', 'away', 'back', 'be', 'because', 'been', 'before', 'behind', 'being', 'below',
  'beside', 'between', 'beyond', 'both', 'but', 'by', 'can', 'could', 'despite', 'did', 'do', 'does', 'down', 'during', 'each',
  'either', 'else', 'enough', 'even', 'ever', 'every', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'he', 'her', 'here',
  'him', 'his', 'how', 'however', 'i', 'if', 'in', 'including', 'inside', 'into', 'is', 'it', 'its', 'just', 'last', 'least',
  'less', 'like', 'many', 'may', 'meanwhile', 'might', 'more', 'most', 'much', 'must', 'near', 'neither', 'never', 'next', 'no',
  'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'onto', 'or', 'other', 'our', 'out', 'outside', 'over', 'own',
  'per', 'since', 'so', 'some', 'still', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
  'those', 'though', 'through', 'throughout', 'thus', 'to', 'too', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'us',
  'very', 'via', 'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will',
  'with', 'within', 'without', 'would', 'yet', 'you', 'your', 'yesterday', 'today', 'tomorrow', 'tonight', 'according', 'amid',
  'several', 'dozens', 'scores', 'hundreds', 'thousands', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'first', 'second', 'third', 'fourth', 'fifth', 'early', 'earlier', 'late', 'later', 'local', 'new', 'old', 'big', 'small', 'great', 'good',
  // calendar
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'christmas', 'easter', 'ramadan', 'eid', 'spring', 'summer', 'autumn', 'winter', 'fall', 'morning', 'evening', 'night', 'noon',
  // compass and position words (a region named only by them is too vague to place)
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower',
  'northeast', 'northwest', 'southeast', 'southwest', 'center', 'centre', 'mid', 'border', 'frontier', 'coast', 'coastal',
  // conflict-news vocabulary
  'police', 'army', 'military', 'soldier', 'soldiers', 'forces', 'force', 'troops', 'security', 'guard', 'guards', 'militia',
  'militants', 'rebels', 'rebel', 'regime', 'government', 'ministry', 'minister', 'president', 'governor', 'mayor', 'general',
  'colonel', 'major', 'captain', 'commander', 'chief', 'officer', 'official', 'officials', 'spokesman', 'spokesperson', 'leader',
  'sheikh', 'imam', 'king', 'queen', 'prince', 'emir', 'state', 'states', 'republic', 'kingdom', 'union', 'nation', 'nations',
  'council', 'court', 'parliament', 'congress', 'senate', 'assembly', 'party', 'front', 'movement', 'alliance', 'coalition',
  'opposition', 'resistance', 'revolution', 'liberation', 'independence', 'freedom', 'liberty', 'justice', 'victory', 'peace',
  'unity', 'progress', 'hope', 'faith', 'providence', 'mercy', 'salvation', 'glory', 'truth', 'reform', 'defence', 'defense',
  'media', 'news', 'press', 'agency', 'observatory', 'network', 'channel', 'radio', 'television', 'times', 'post', 'daily',
  'herald', 'tribune', 'mirror', 'sun', 'star', 'globe', 'guardian', 'telegraph', 'express', 'journal', 'reuters', 'twitter',
  'facebook', 'telegram', 'whatsapp', 'youtube', 'internet', 'online', 'mobile', 'phone', 'video', 'photo', 'report', 'reports',
  'hospital', 'clinic', 'school', 'university', 'college', 'mosque', 'church', 'temple', 'market', 'bazaar', 'street', 'road',
  'highway', 'bridge', 'square', 'park', 'station', 'airport', 'port', 'harbour', 'harbor', 'base', 'camp', 'prison', 'jail',
  'checkpoint', 'office', 'headquarters', 'building', 'house', 'home', 'hotel', 'bank', 'factory', 'farm', 'field', 'fields',
  'city', 'town', 'village', 'district', 'province', 'governorate', 'region', 'county', 'area', 'zone', 'country', 'capital',
  'island', 'islands', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'beach', 'valley', 'mountain', 'mountains', 'mount', 'hill',
  'hills', 'desert', 'forest', 'plain', 'plains', 'oasis', 'well', 'wells', 'spring', 'springs', 'gate', 'gates', 'tower', 'wall',
  'god', 'allah', 'lord', 'saint', 'holy', 'islamic', 'islam', 'muslim', 'muslims', 'christian', 'christians', 'jewish', 'arab',
  'arabs', 'kurdish', 'kurds', 'shia', 'shiite', 'sunni', 'druze', 'alawite', 'human', 'rights', 'humanitarian', 'civil',
  'civilian', 'civilians', 'national', 'international', 'federal', 'democratic', 'popular', 'people', 'peoples', 'public',
  'social', 'free', 'united', 'royal', 'special', 'supreme', 'joint', 'unknown', 'unidentified', 'gunmen', 'attack', 'attacks',
  'strike', 'strikes', 'bomb', 'blast', 'explosion', 'fire', 'shelling', 'clash', 'clashes', 'battle', 'war', 'operation',
  'reading', 'mission', 'victoria', 'liberty', 'paradise', 'eden', 'bethany', 'goshen', 'canaan', 'zion', 'friendship',
  'commerce', 'industry', 'success', 'enterprise', 'harmony', 'concord', 'economy', 'energy', 'power', 'oil', 'gas', 'water',
  'bread', 'gold', 'silver', 'iron', 'stone', 'rock', 'sand', 'salt', 'sugar', 'cotton', 'rice', 'corn', 'orange', 'lemon',
  'lime', 'apple', 'olive', 'palm', 'pine', 'oak', 'cedar', 'rose', 'lily', 'eagle', 'hawk', 'falcon', 'lion', 'tiger', 'bear',
  'wolf', 'fox', 'deer', 'buffalo', 'bull', 'horse', 'camel', 'man', 'men', 'woman', 'women', 'child', 'children', 'boy', 'girl',
  'family', 'brother', 'brothers', 'sister', 'son', 'sons', 'father', 'mother', 'friend', 'friends', 'member', 'members',
  'team', 'group', 'groups', 'company', 'division', 'brigade', 'battalion', 'corps', 'unit', 'units', 'command', 'authority',
  'authorities', 'department', 'committee', 'commission', 'organisation', 'organization', 'association', 'foundation',
  'institute', 'centre', 'society', 'federation', 'league', 'bureau', 'service', 'services', 'relief', 'aid', 'crisis',
  'emergency', 'health', 'education', 'interior', 'foreign', 'affairs', 'intelligence', 'information', 'communication',
  'amnesty', 'red', 'crescent', 'cross', 'white', 'black', 'green', 'blue', 'yellow', 'brown', 'grey', 'gray', 'pink',
  'sunrise', 'sunset', 'midway', 'fairview', 'pleasant', 'content', 'deal', 'split', 'nice', 'bath', 'bury', 'hull', 'mobile',
  'of', 'ware', 'wells', 'hyde', 'dover', 'buy', 'sale', 'gap', 'how', 'why', 'say', 'said', 'says', 'told', 'tell', 'made',
  'make', 'take', 'taken', 'killed', 'dead', 'die', 'died', 'death', 'deaths', 'wounded', 'injured', 'arrested', 'arrest',
  'update', 'breaking', 'live', 'latest', 'exclusive', 'analysis', 'opinion', 'editorial', 'photos', 'watch', 'read', 'more',
];

/**
 * Armed groups, movements and peoples whose names GeoNames also lists as (alternate) names of small
 * places ("Taliban" is an alternate name of a Turkish village). Never places; compared as name keys,
 * so Arabic articles are already dropped ("al-Qaeda" → "qaeda").
 */
export const GROUP_NAMES: readonly string[] = [
  'taliban', 'talibans', 'hamas', 'hezbollah', 'hizbollah', 'hizballah', 'houthi', 'houthis', 'huthi', 'ansar allah', 'shabaab',
  'shabab', 'qaeda', 'qaida', 'isis', 'isil', 'daesh', 'daish', 'boko haram', 'nusra', 'peshmerga', 'ypg', 'ypj', 'sdf', 'pkk',
  'fsa', 'hts', 'iswap', 'jnim', 'fulani', 'tuareg', 'kurd', 'kurds', 'pashtun', 'pashtuns', 'hazara', 'hazaras', 'baloch', 'yazidi',
  'yazidis', 'alawites', 'maoists', 'maoist', 'naxal', 'naxals', 'naxalites', 'wagner', 'mujahid', 'jihadist', 'jihadists',
  'janjaweed', 'rsf', 'm23', 'adf', 'lra', 'farc', 'eln', 'zetas', 'cjng', 'sinaloa cartel', 'hashd', 'kataib', 'fatah', 'amal',
];

/** Weapons, aircraft and vehicles named like places ("Tomahawk", "Grad", "Hellfire"). */
export const WEAPON_NAMES: readonly string[] = [
  'tomahawk', 'kalashnikov', 'scud', 'grad', 'katyusha', 'hellfire', 'reaper', 'predator', 'apache', 'black hawk', 'blackhawk',
  'chinook', 'stinger', 'javelin', 'patriot', 'iskander', 'kornet', 'tow', 'sukhoi', 'mig', 'tupolev', 'ilyushin', 'mirage',
  'rafale', 'typhoon', 'tornado', 'harrier', 'hornet', 'raptor', 'humvee', 'bayraktar', 'shahed', 'kalibr', 'himars', 'bradley',
  'abrams', 'leopard', 'challenger', 'merkava', 'toyota', 'hilux', 'kamaz', 'ural', 'lancet', 'geran', 'storm shadow', 'tochka',
];

/**
 * Given names and name particles common in conflict reporting that are also small places
 * ("Rami", "Abdel", "Ali"). Read as a place only after a cue word ("in", "near") and never when
 * another capitalised word follows (a full name).
 */
export const PERSON_NAMES: readonly string[] = [
  'abdel', 'abdul', 'abdal', 'abd', 'abu', 'abou', 'bin', 'ibn', 'umm', 'um', 'bint', 'haji', 'hajji', 'mullah', 'mawlawi',
  'rami', 'jamil', 'jameel', 'sahar', 'arafat', 'safi', 'safa', 'hana', 'rana', 'assads', 'ali', 'omar', 'umar', 'hassan', 'hasan', 'hussein', 'husain', 'hussain', 'mohammed', 'mohammad', 'muhammad',
  'mohamed', 'ahmed', 'ahmad', 'mahmoud', 'mahmud', 'khalid', 'khaled', 'salah', 'saleh', 'salih', 'said', 'saeed', 'saad',
  'jamal', 'karim', 'kareem', 'nasser', 'nasir', 'adel', 'adil', 'hamza', 'amir', 'ameer', 'yusuf', 'youssef', 'yousef',
  'ibrahim', 'ismail', 'musa', 'moussa', 'isa', 'issa', 'bashar', 'assad', 'asad', 'maher', 'hafez', 'nour', 'noor', 'fatima',
  'aisha', 'maryam', 'zainab', 'zaynab', 'khadija', 'layla', 'leila', 'sara', 'sarah', 'rahman', 'rahim', 'aziz', 'jabbar',
  'qader', 'kader', 'karimi', 'ahmadi', 'mohammadi', 'hamid', 'majid', 'rashid', 'walid', 'khalil', 'ismael', 'yasin',
  'yassin', 'tariq', 'tarek', 'ziad', 'ziyad', 'fadi', 'samir', 'sami', 'nabil', 'bilal', 'anas', 'osama', 'usama', 'hamad',
  'jassim', 'qasim', 'qassem', 'kassem', 'haider', 'hayder', 'abbas', 'jafar', 'jaafar', 'mustafa', 'mostafa', 'taha', 'yahya',
  'zakaria', 'idris', 'idriss', 'haroun', 'harun', 'sultan', 'mansour', 'mansur', 'nasrallah', 'hariri', 'barzani', 'talabani',
  'sadr', 'maliki', 'abadi', 'erdogan', 'putin', 'trump', 'biden', 'obama', 'bush', 'clinton', 'john', 'james', 'david',
  'michael', 'robert', 'william', 'richard', 'joseph', 'thomas', 'charles', 'george', 'paul', 'peter', 'mark', 'daniel', 'anthony',
  'steven', 'kevin', 'brian', 'edward', 'ronald', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan',
  'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'frank', 'gregory', 'raymond', 'alexander', 'patrick',
  'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'henry', 'adam', 'douglas', 'nathan', 'zachary', 'kyle', 'walter', 'harold',
  'carl', 'arthur', 'roger', 'keith', 'jeremy', 'terry', 'lawrence', 'sean', 'christian', 'albert', 'joe', 'ethan', 'austin',
  'jesse', 'willie', 'billy', 'bryan', 'bruce', 'ralph', 'roy', 'noah', 'dylan', 'eugene', 'wayne', 'alan', 'juan',
  'louis', 'russell', 'gabriel', 'randy', 'philip', 'harry', 'vincent', 'bobby', 'johnny', 'logan', 'mary', 'patricia',
  'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'karen', 'nancy', 'lisa', 'betty', 'margaret', 'sandra',
  'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca',
  'laura', 'sharon', 'cynthia', 'kathleen', 'amy', 'shirley', 'angela', 'helen', 'anna', 'brenda', 'pamela', 'nicole', 'emma',
  'samantha', 'katherine', 'christine', 'debra', 'rachel', 'catherine', 'carolyn', 'janet', 'ruth', 'maria', 'heather', 'diane',
  'julie', 'joyce', 'grace', 'florence', 'charlotte', 'alice', 'olivia', 'sophia', 'isabella', 'jose', 'carlos',
  'luis', 'jorge', 'pedro', 'miguel', 'antonio', 'manuel', 'francisco', 'jesus', 'ivan', 'sergei', 'sergey', 'vladimir', 'igor',
  'oleg', 'andrei', 'dmitry', 'alexei', 'olga', 'natalia', 'tatiana', 'irina', 'elena', 'viktor', 'yuri', 'mikhail', 'nikolai',
];

/**
 * Words that make a run of capitalised words an organisation, a title or a work rather than a place:
 * "Syrian Observatory for Human Rights", "Aleppo Media Center", "Islamic State", "Kabul Bank". A place
 * name inside such a run names where the organisation is based, not where something happened.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'observatory', 'council', 'front', 'army', 'forces', 'force', 'ministry', 'agency', 'media', 'center', 'centre', 'committee',
  'brigade', 'brigades', 'battalion', 'battalions', 'regiment', 'division', 'corps', 'guard', 'guards', 'party', 'movement',
  'organization', 'organisation', 'network', 'union', 'institute', 'news', 'times', 'post', 'press', 'television', 'tv', 'radio',
  'channel', 'group', 'company', 'bank', 'command', 'authority', 'office', 'department', 'court', 'association', 'society',
  'foundation', 'commission', 'coalition', 'alliance', 'federation', 'league', 'brotherhood', 'mujahideen', 'taliban', 'shabaab',
  'police', 'militia', 'militias', 'unit', 'units', 'service', 'services', 'club', 'fc', 'airlines', 'airways', 'corporation',
  'inc', 'ltd', 'state', 'emirate', 'caliphate', 'government', 'administration', 'assembly', 'parliament', 'senate', 'congress',
  'cabinet', 'revolution', 'revolutionary', 'liberation', 'resistance', 'islamic', 'democratic', 'republican', 'national',
  'popular', 'people', 'tribune', 'herald', 'gazette', 'journal', 'daily', 'observer', 'monitor', 'watch', 'rights', 'relief',
  'crescent', 'cross', 'mission', 'operation', 'operations', 'offensive', 'accord', 'agreement', 'declaration', 'conference',
  'summit', 'talks', 'process', 'protocol', 'treaty', 'chapter', 'branch', 'wing', 'faction', 'governorship', 'shura', 'tribe',
  'clan', 'front', 'council', 'sector', 'operations', 'directorate', 'bureau',
];

/**
 * Facilities named after a place ("Kabul airport", "Aleppo Central Prison", "Mosul Dam"): the place
 * is where, or next to where, the facility stands, so the mention counts but only as 'near'.
 */
export const FACILITY_WORDS: readonly string[] = [
  'airport', 'airbase', 'air base', 'base', 'camp', 'prison', 'jail', 'dam', 'bridge', 'stadium', 'mosque', 'church', 'cathedral',
  'temple', 'shrine', 'palace', 'hospital', 'university', 'college', 'school', 'academy', 'square',
  'market', 'bazaar', 'mall', 'hotel', 'embassy', 'consulate', 'port', 'harbour', 'harbor', 'station', 'refinery', 'plant',
  'factory', 'checkpoint', 'crossing', 'park', 'compound', 'barracks', 'garrison', 'mine', 'field', 'oilfield',
];

/**
 * Roads and gates named after a town ("the Halba highway", "the Damboa - Maiduguri road"): mostly the
 * event is on the road near that town, so the mention counts as 'near' (a street named after a distant
 * city, "Sanaa Street" in Hodeidah, is the exception this cannot see).
 */
export const ROUTE_WORDS: readonly string[] = [
  'street', 'road', 'highway', 'gate', 'avenue', 'route', 'motorway', 'expressway', 'boulevard', 'bypass', 'junction', 'roundabout',
];

/**
 * Lowercase words after a name that make it the name of a people, clan or armed group rather than a
 * place ("the Saad clan", "Hawiye militia", "Alawite families").
 */
export const GROUP_WORDS: readonly string[] = [
  'clan', 'clans', 'subclan', 'sub-clan', 'tribe', 'tribes', 'tribal', 'tribesmen', 'family', 'families', 'militia', 'militias',
  'militiamen', 'fighters', 'forces', 'brigade', 'brigades', 'faction', 'factions', 'movement', 'gang', 'gangs', 'cartel',
  'community', 'communities', 'people', 'ethnic', 'supporters', 'loyalists',
];

/**
 * Natural features named after a word that is also a settlement's name ("the Kali forest", "Sinjar
 * mountain"): the feature is not the town, so the name is not read as a place. Words for the land
 * around a town ("desert", "plain", "countryside") are not here: they locate near the town.
 */
export const NATURAL_FEATURE_WORDS: readonly string[] = [
  'forest', 'forests', 'river', 'mountain', 'mountains', 'mount', 'lake', 'hill', 'hills', 'sea', 'gulf', 'bay', 'island',
  'islands', 'canal', 'creek', 'swamp', 'peninsula', 'range', 'ridge', 'glacier',
];

/** Words that, right before a capitalised name, make it a person's name ("President Assad", "General Mattis"). */
export const PERSON_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'president', 'vice', 'premier', 'minister',
  'prime', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt',
  'commander', 'admiral', 'brigadier', 'marshal', 'sheikh', 'shaykh', 'imam', 'mullah', 'mawlawi', 'maulvi', 'ayatollah',
  'cleric', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'governor', 'mayor', 'senator', 'rep', 'judge', 'justice',
  'father', 'pope', 'bishop', 'archbishop', 'patriarch', 'rabbi', 'pastor', 'reverend', 'rev', 'saint', 'st', 'chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'head', 'director', 'secretary', 'ambassador', 'envoy', 'journalist', 'reporter',
  'correspondent', 'photographer', 'activist', 'doctor', 'nurse', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband',
  'uncle', 'cousin', 'named', 'called', 'identified', 'aka', 'alias', 'abu', 'umm',
];
