// Words that turn a count into a casualty statement, and the victim nouns that say who was hit.
// Written from general English news usage; the kinds follow CONTRACT.md (killed | injured).
import type { CasualtyKind } from '../core/types.js';

export interface CasualtyTrigger {
  kind: CasualtyKind;
  /** Regular-expression fragment, case-insensitive, matched on word boundaries. */
  pattern: string;
  /**
   * Where the count stands relative to the trigger:
   * - `after`: the count follows ("killed 16 people", "death toll rose to 16", "left 5 dead");
   * - `before`: the count precedes ("16 people were killed", "16 dead", "16 deaths");
   * - `both`: either.
   */
  count: 'after' | 'before' | 'both';
}

export const CASUALTY_TRIGGERS: CasualtyTrigger[] = [
  // killed: "the strike killed 16 people", "claiming the lives of 16", "the death toll rose to 16"
  { kind: 'killed', pattern: 'kill(?:ed|ing|s)?|slain|slew|slaughter(?:ed|ing|s)?|massacr(?:ed|ing|es)|murder(?:ed|ing|s)?|execut(?:ed|ing|es)|assassinat(?:ed|ing|es)|behead(?:ed|ing|s)|shot dead|gunned down|(?:claim(?:ed|ing|s)?|took|taking|takes|cost|costing|costs) the lives? of|death of|deaths of|martyrdom of|(?:death|fatality|civilian|final|overall|total|casualty) tolls?|tolls?|number of (?:the )?(?:dead|deaths|people killed|victims|fatalities|martyrs|those killed)|the dead (?:included|includes|numbered|number)|dead numbered', count: 'after' },
  // "destroyed 60 terrorists", "eliminated 12 militants": state media's words for killing fighters (only with such an object).
  { kind: 'killed', pattern: '(?:destroy(?:ed|ing|s)?|eliminat(?:ed|ing|es)|neutrali[sz](?:ed|ing|es)|liquidat(?:ed|ing|es))(?=\\s+(?:[\\w-]+\\s+){0,3}(?:terrorists?|militants?|fighters?|gunmen|jihadists?|insurgents?|rebels?|mercenaries|members|elements|combatants|bandits|assailants|attackers))', count: 'after' },
  // killed: "16 people were killed", "16 dead", "16 deaths"
  { kind: 'killed', pattern: 'killed|dead|died|die|dying|perished|slain|lost their lives|lost his life|lost her life|losing their lives|martyred|martyrs?|fatalities|fatality|fatally (?:wounded|injured|shot)|deaths?|bodies|corpses|lifeless|succumbed(?: to (?:their|his|her) (?:wounds|injuries))?|shot dead|gunned down|executed|murdered|massacred|beheaded|assassinated|(?:beaten|stoned|burned|burnt|hacked|stabbed|shot|tortured|clubbed|lynched|crushed|starved) to death|lynched', count: 'before' },
  // injured
  { kind: 'injured', pattern: 'wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing)?|maim(?:ed|ing)|number of (?:the )?(?:wounded|injured)|injury tolls?', count: 'after' },
  { kind: 'injured', pattern: 'wounded|injured|hurt|maimed|injuries|wounds|(?:sustained|suffered) (?:\\w+ )?(?:injuries|wounds)|hospitali[sz]ed|injured persons|wounded persons', count: 'before' },
];

/**
 * Words that may stand between a count and its trigger without breaking the link: "16 people *were reportedly*
 * killed", "the death toll *has risen to* 16", "killed *a total of* 16". Anything else between them (another
 * verb, a full stop, another count) means the count belongs to something else.
 */
export const FILLER_BEFORE_TRIGGER = 'abducted|kidnapped|captured|tortured|beaten|stabbed|taken|who|that|which|have|has|had|been|were|was|are|is|be|being|got|get|also|all|reportedly|allegedly|later|subsequently|confirmed|reported|believed|feared|said|thought|known|to|of|them|in|total|so|far|overall|both|each|more|left|lay|lie|now|already|initially|eventually|instantly|immediately|critically|seriously|severely|slightly|lightly|badly|mortally|fatally|others?|people|persons|civilians|were found|found|as|a|result|since|then|among|whom|from|either|or|shot|and';
export const FILLER_AFTER_TRIGGER = 'a|an|total|of|estimated|the|some|to|at|about|around|nearly|almost|least|more|than|over|up|as|many|only|just|another|also|further|both|all|reportedly|allegedly|roughly|approximately|has|have|had|rose|risen|rising|climbed|climbing|reached|reaching|stood|stands|standing|is|was|were|jumped|increased|increasing|mounted|hit|now|went|gone|stand|in|this|that|attack|blast|bombing|explosion|strike|strikes|raid|incident|assault|from|those|people|civilians|whom|it|they|he|she|which|who|had|reportedly';

/** Phrases that state that nobody was killed or injured ("no casualties", "without injuries"). */
export const NO_CASUALTY_PATTERNS: { kinds: CasualtyKind[]; pattern: string }[] = [
  { kinds: ['killed', 'injured'], pattern: 'no (?:reported )?casualties|no casualties (?:were|was) reported|without (?:causing )?(?:any )?casualties|caused no casualties|no (?:one|body) (?:was|were) (?:hurt|harmed)|there were no (?:reported )?casualties|no reports? of casualties|no-one was hurt|nobody was hurt|no one was hurt|no one was harmed|no injuries or deaths|no deaths or injuries|no loss of life or injur\\w+|no human casualties' },
  { kinds: ['killed'], pattern: 'no (?:one|body|-one) (?:was|were) killed|nobody (?:was )?killed|no one died|nobody died|no deaths|no fatalities|no (?:reported )?fatalities|no loss of (?:human )?life|no lives were lost|none (?:were|was) killed|no one killed|without (?:causing )?(?:any )?(?:deaths|fatalities|loss of life)' },
  { kinds: ['injured'], pattern: 'no (?:one|body|-one) (?:was|were) (?:injured|wounded)|nobody (?:was )?(?:injured|wounded)|no injuries|no (?:reported )?injuries|none (?:were|was) (?:injured|wounded)|without (?:causing )?(?:any )?injuries' },
];

/**
 * Victim nouns. `group` is the label a claim's `victims` gets; `class` says how groups combine:
 * a `civilian_part` (children, women) is a part of civilians and never added to them, `total` is everyone,
 * while combatant and civilian groups are complementary and add up (UCDP GED counts all parties' deaths).
 */
export type VictimClass = 'total' | 'civilian' | 'civilian_part' | 'combatant' | 'perpetrator';

export interface VictimNoun {
  pattern: string;
  group: string;
  class: VictimClass;
  /** Says nothing about who the victims were ("people", "persons"): a claim's `victims` stays null. */
  generic?: boolean;
}

export const VICTIM_NOUNS: VictimNoun[] = [
  { pattern: 'people|persons|person|individuals|individual|others|victims|casualties|human beings|souls|lives', group: 'people', class: 'total', generic: true },
  { pattern: 'civilians?|residents?|villagers?|inhabitants|citizens|locals|passers-?by|bystanders|shoppers|worshippers|worshipers|pilgrims|passengers|tourists|farmers|shepherds|traders|merchants|workers|labou?rers|employees|staff|patients|refugees|displaced people|IDPs|family members|relatives|members of (?:a|the|one) family|neighbou?rs|protesters|demonstrators|mourners|guests|fishermen|drivers?|teachers?|imams?|clerics?|priests?|pupils|teachers|humanitarian workers|aid workers|volunteers|rescuers|rescue workers|first responders|paramedics|medics|doctors|nurses|health workers|health-?care workers|journalists?|reporters?|photographers?|cameram[ae]n|officials?|judges?|lawyers?|politicians?|candidates?|elders?|tribal elders|community leaders?|chiefs?', group: 'civilians', class: 'civilian' },
  { pattern: 'children|child|kids|boys?|girls?|minors|infants?|babies|baby|toddlers?|teenagers?|schoolchildren|students?|youths?', group: 'children', class: 'civilian_part' },
  { pattern: 'women|woman|mothers?|wives|wife|pregnant women|daughters?|sisters?', group: 'women', class: 'civilian_part' },
  { pattern: 'men|man|fathers?|sons?|brothers?|husbands?', group: 'men', class: 'civilian_part' },
  { pattern: 'soldiers?|troops|servicem[ae]n|servicemembers|service members|army personnel|military personnel|personnel|conscripts|officers?|commanders?|generals?|colonels?|lieutenants?|captains?|sergeants?|pilots?|marines?|paratroopers|guardsmen|commandos|recruits|cadets|border guards?|(?:body|security )?guards?|sentries|loyalists|pro-government (?:fighters|militiamen|forces)|government (?:troops|forces|fighters)|regime (?:troops|forces|fighters|soldiers)|militiamen|paramilitar(?:y|ies)|security (?:personnel|forces|men|officers|guards|force members|members)|members of the (?:security|armed) forces|army|forces|policem[ae]n|police(?:women|woman)?|police officers?|police personnel|cops|gendarmes|constables|patrolmen|troopers', group: 'soldiers', class: 'combatant' },
  { pattern: 'militants?|insurgents?|fighters?|rebels?|jihadists?|jihadis|terrorists?|extremists?|gunmen|gunman|combatants?|members|guerrillas?|mujahideen|Taliban|Shabaab|Houthis|jihadist fighters|opposition fighters|rebel fighters|IS fighters|ISIS fighters|ISIL fighters|Daesh (?:fighters|members|terrorists)|separatists?|bandits?|kidnappers?|pirates?|smugglers?|criminals?|gang members|drug traffickers', group: 'fighters', class: 'combatant' },
  { pattern: 'attackers?|assailants?|perpetrators?|bombers?|suicide bombers?|suicide attackers?|the bomber|the attacker', group: 'attackers', class: 'perpetrator' },
  { pattern: 'hostages?|captives?|detainees?|prisoners?|inmates?|abductees?|kidnapped (?:people|persons|men|women|workers)', group: 'hostages', class: 'civilian' },
  { pattern: 'members?|officials?|leaders?|chiefs?|heads?|employees?|contractors?|clerks?|staffers?|personnel|agents?|operatives?|volunteers?', group: 'people', class: 'total' },
];
