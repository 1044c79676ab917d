// Words and phrases that signal each ACLED sub-event type, and the rules that pick one type for an incident
// (ACLED Codebook 2023, "Event types and sub-event types"). Written from the codebook's definitions and
// general knowledge of news and coder wording; extend by adding rows.
//
// `pattern` is a case-insensitive regular-expression fragment matched on word boundaries; each top-level
// alternative competes with every other table row, the longest first at a position.
// `weight` ranks a trigger among the incident's mentions: ACLED codes an event by its most specific form of
// violence ("suicide car bomb" over "explosion", "air strike" over "attack"), by the two-sided fight over the
// weapon fired in it, and by the strategic development named by a coder's heading over anything else.
// `needs`/`blocks` must / must not occur in the same sentence for the trigger to count.
// `alone: false` marks a trigger that says what kind of event a report is about but does not, on its own,
// show that one took place ("demanding", "an explosion" is enough; "demanding wages" is not).
// `byState` is the type the trigger takes when its sentence names state forces before it (the subject
// of a capture: the army retaking a town is "Government regains territory").
// `cue` names what a row tells the incident rules below: the row still competes as its type, but the rules
// see its cue instead of its type ("clashes" is a battle, and also the sign that both sides fought).
// Two ACLED coder conventions are read as such: a heading before a note's text ("Movement of forces: On 4
// May ...") names its type, and a crowd-size tag ("[size=dozens]") marks a demonstration or riot.
import type { SubEventCode } from './acled-taxonomy.js';

export interface EventTrigger {
  code: SubEventCode;
  pattern: string;
  weight: number;
  needs?: string;
  blocks?: string;
  alone?: boolean;
  byState?: SubEventCode;
  cue?: EventCue;
}

/**
 * Context signals that are not events of their own but change which type an event gets (the codebook's
 * priority rules: who acted, who was hit, whether the other side fought back, whether demonstrators were
 * violent).
 */
export type EventCue =
  | 'heading' // a coder's heading naming the type: final, no rule overrides it
  | 'riot' // the words riot and rioters
  | 'demand' // people demanding or denouncing something: a demonstration's purpose, weak on its own
  | 'crowd_tag' // a coder's crowd-size tag: the event is a demonstration or a riot
  | 'demonstration' // a word for a demonstration anywhere in the report
  | 'barricade' // barricades and burning tyres, a demonstration's own violence
  | 'intervention' // police or troops dispersing, arresting or gassing a crowd
  | 'force' // state forces firing on, killing or beating a crowd
  | 'withdrawal' // a side pulled out before the other took over
  | 'disaster' // a natural or industrial disaster, not political violence
  | 'blast' // an explosion of unknown kind
  | 'raid' // a raid, which may be the way arrests were made
  | 'direct_fire' // small arms fired, the weapons of a firefight
  | 'combatant_hit' // a soldier, policeman or member of an armed group shot, killed or abducted
  | 'armed_target' // an attack on armed men or their posts, or an armed operation, not shown to be two-sided
  | 'clash'; // a word for fighting itself ("clashes", "fighting"), not just an attack on armed men

export interface CueTrigger {
  cue: EventCue;
  pattern: string;
  needs?: string;
}

// Places whose capture is a change of territory (not of weapons, vehicles or people).
const TERRITORY =
  '(?:villages?|towns?|city|cities|districts?|areas?|territory|territories|bases?|airbases?|air bases?|positions?|hills?|mountains?|checkpoints?|neighbou?rhoods?|airports?|dams?|oil ?fields?|border (?:crossings?|points?|posts?)|crossings?|provinces?|regions?|islands?|ports?|roads?|highways?|sites?|castles?|buildings?|compounds?|headquarters|camps?|posts?|outposts?|points?|localit(?:y|ies)|settlements?|front ?lines?|fronts?)';

// Weapons whose finding or seizure disrupts their use.
const WEAPONS =
  '(?:bombs?|explosives?|(?:explosive )?devices?|IEDs?|mines|landmines|weapons?(?: caches?)?|arms|ammunitions?|firearms|rifles|pistols|guns|grenades|rockets|missiles|caches?|stash(?:es)?|(?:arms |weapons )?depots?|cartridges|rounds of ammunition|projectiles)';

// Armed men as victims: soldiers, police, fighters and members of armed forces or groups (ACLED: violence
// against them is a battle), unless the text says they were off duty, former or civilians.
const ARMED_MEN =
  "(?:soldiers?|servicem[ae]n|troops|officers?|policem[ae]n|police(?:women|woman)?|police (?:officers?|agents?)|gendarmes?|lieutenants?|colonels?|commanders?|captains?|sergeants?|rangers?|militants?|fighters?|rebels?|militiam[ae]n|combatants?|terrorists?|insurgents?|jihadists?|members? of (?:the )?(?:[\\p{L}\\p{N}'-]+ ){0,3}(?:forces|army|militias?|division|brigade|group|battalion|regiment|police|intelligence|security)|patrols?|convoys?)";
const ON_DUTY = "(?!(?:[\\p{L}'-]+ ){0,3}?(?:off-duty|former|retired|ex-|civilian))";
// A word inside a noun phrase: never a preposition, which would start another phrase.
const FREE_WORD = "(?!(?:during|in|at|by|on|near|with|from|after|while|as|when|and|or|to|for|of)\\s)[\\p{L}'()-]+ ";

/** Words before a capture verb that make its subject state forces (see `byState`). */
export const STATE_SIDE =
  "army|armed forces|military|troops|soldiers|government forces|government troops|regime forces|security forces|police forces|police|gendarmes|gendarmerie|pro-government(?: forces| fighters| militias?)?|pro-regime(?: forces| fighters| militias?)?|pro-Hadi(?: forces)?|loyalist forces|national army|Military Forces of|(?:Afghan|Iraqi|Syrian|Somali|Nigerian|Malian|Yemeni|Libyan|Congolese|Mozambican|Ethiopian|Sudanese|Cameroonian|Burkinabe|Nigerien|Chadian|Ukrainian|Russian|Turkish|Indian|Pakistani|Philippine|Colombian|Mexican|Egyptian|Lebanese|Israeli) (?:army|forces|troops|soldiers|military)";

// Weapons fired at positions from a distance: artillery, armoured vehicles' guns and launchers (ACLED counts
// these as shelling, the small arms of a firefight as a battle).
const HEAVY_WEAPONS =
  "missile (?:strikes?|attacks?|fire)|shell(?:s|ed|ing)|artillery|mortars?(?: shells?| rounds?| fire| bombs?)?|\\d+ ?mm mortars?|rockets?|rocket-propelled|rocket fire|missiles?|projectiles?|howitzers?|Grad(?= (?:rockets?|missiles?|launchers?|multiple))|Katyusha|MLRS|multiple rocket launchers?|tank (?:fire|shells?|rounds?)|tanks? (?:fired|shelled)|bombard(?:ed|ing|ment|ments)|ballistic|grenade launchers?|(?:under-barrel|automatic|rocket-propelled) grenade launchers?|RPG(?:-7)?s?(?: shells?| rounds?)?(?! \\()|anti-tank (?:guided )?(?:missiles?|rockets?|weapons?)|ATGMs?|recoilless (?:rifles?|guns?)|B-10s?|IFVs?|BMPs?|infantry fighting vehicles?|armou?red (?:vehicles?|personnel carriers?) fired|anti-aircraft (?:guns?|weapons?|artillery)|heavy (?:and medium )?weapons?|heavy weaponry|heavy machine-?guns|rocket-propelled grenades?(?: launchers?)?|explosions?(?:/[\\w ]+?){0,3} involving";

export const EVENT_TRIGGERS: EventTrigger[] = [
  // A coder's heading names the event's type outright ("Movement of forces: On 4 May ...").
  { code: 'change_to_group', pattern: '(?<![\\s\\S])(?:Movement of forces|Security measures|Change to group(?:/| )activity)(?=:)', weight: 100, cue: 'heading' },
  { code: 'looting', pattern: '(?<![\\s\\S])(?:Looting|Property destruction|Land seizure)(?=:)', weight: 100, cue: 'heading' },
  { code: 'disrupted_weapons', pattern: '(?<![\\s\\S])(?:Detonation|Interception|Weapons seizure|Defusal|Disrupted weapons use)(?=:)', weight: 100, cue: 'heading' },
  { code: 'arrests', pattern: '(?<![\\s\\S])Arrests(?=:)', weight: 100, cue: 'heading' },
  { code: 'other', pattern: '(?<![\\s\\S])(?:Non-violent activity|Other)(?=:)', weight: 100, cue: 'heading' },

  // Explosions/Remote violence
  { code: 'chemical', pattern: 'chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|bombs?)|chlorine(?: gas)?|sarin|toxic gas(?:es)?|poison(?:ous)? gas|nerve agents?|mustard gas|(?:sulfur|sulphur) mustard|mustard agents?|phosgene|VX(?: nerve)?(?: agent)?|napalm|gas attacks?', weight: 95 },
  { code: 'suicide_bomb', pattern: 'suicide (?:bomb(?:er|ers|ing|ings|s)?|attacks?|attackers?|blasts?|car bombs?|vests?|belts?|truck bombs?|explosions?|missions?|operations?)|blew (?:himself|herself|themselves) up|killing (?:himself|herself|themselves)|killed (?:himself|herself|themselves)|detonated (?:[\\w-]+ )?(?:explosive |suicide )(?:vests?|belts?)|detonated (?:his|her|their) (?:explosive|suicide) (?:vest|belt)s?|explosive (?:vest|belt)s?|suicide VBIEDs?|SVBIEDs?', weight: 90 },
  { code: 'air_strike', pattern: '(?:air|aerial|drone) ?(?:strikes?|raids?|attacks?|bombardments?|bombing|bombings)|airstrikes?|air-strikes?|air-raids?|warplanes?|war planes?|fighter jets?|jets? (?:struck|bombed|hit|targeted|pounded)|helicopter gunships?|gunships?|barrel bombs?|(?:armed|combat|military|suicide|kamikaze|attack|weaponi[sz]ed|explosives?-?laden|bomb-?laden|explosive-?carrying|booby-?trapped) drones?|drones? (?:laden|packed|loaded|rigged) with explosives|drones? (?:strikes?|struck|attacks?|attacked|hit|targeted|fired|dropped|bombed)|drones? (?:[\\w-]+ ){1,5}?(?:struck|attacked|targeted|bombed|dropped)|(?:from|by) (?:a |an )?(?:drones?|UAVs?)|UAVs?|unmanned aerial vehicles?|bombed from the air|aircraft (?:struck|bombed|hit|targeted|fired|pounded)|(?:Russian|Syrian|Israeli|Turkish|coalition|US|U\\.S\\.|American|Saudi|Iraqi|Afghan|Emirati|French|British|Pakistani|Nigerian) (?:aircraft|planes|jets|helicopters)|air force(?! intelligence)|aerial bombardment|dropped (?:a |an )?(?:bombs?|explosives?|grenades?)|precision strikes?|bombing raids?|(?:regime|Russian|Syrian|coalition|Israeli|Saudi-led|US-led|Turkish|government) (?:[\\w-]+ )?(?:bombings?|bombardments?|raids?|bombs)', weight: 80 },
  { code: 'shelling', pattern: HEAVY_WEAPONS, weight: 70 },
  { code: 'ied', pattern: '(?:improvised )?explosive devices?|IEDs?|RCIEDs?|VBIEDs?|PBIEDs?|UVIEDs?|roadside bombs?|car bombs?|(?:booby-?trapped|bomb-?laden|explosives-?laden|explosive-?laden|rigged) (?:car|vehicle|motorcycle|motorbike|truck|bicycle)s?|(?:car|vehicle|motorcycle|motorbike|truck|bicycle) bomb(?:s|ing|ings)?|land ?mines?|mines?(?= (?:exploded|explosion|blast|went off|detonated))|(?:hit|struck|stepped on|ran over) (?:a |an )?(?:\\w+ )?mines?|(?:ground|anti-tank|anti-personnel|roadside) mines?|(?:planted|laid) (?:\\w+ )?mines|mines? (?:\\w+ ){0,2}(?:laid|planted)|mine blasts?|mine explosions?|magnetic bombs?|sticky bombs?|remote(?:ly)?[- ]controlled (?:bombs?|devices?|explosives?)|remote explosives?(?: attacks?| devices?)?|bomb blasts?|bombs? (?:exploded|went off|blast|detonated|explosion|attacks?)|planted (?:a |an )?(?:bomb|explosive)s?|(?:bomb|explosive)s? (?:was |were )?planted|explosives? (?:detonated|exploded|went off)|detonat(?:ed|ing|ion) (?:of )?(?:a |an |the |two |three |several )?(?:bombs?|explosives?|devices?|transmission towers?)|set off (?:an? )?(?:explosives?|bombs?)|used explosives|unexploded ordnance|UXO|explosive remnants', weight: 75 },
  // A bare explosion: an IED unless the report names another weapon (those outrank it).
  { code: 'ied', pattern: 'explosions?|blasts?|exploded|detonated|explosives?|went off', weight: 55, cue: 'blast' },
  // "The bombing" mostly names again an event already told (and may be an air raid): it types, it does not make one.
  { code: 'ied', pattern: 'bombs?|bombings?', weight: 55, alone: false },
  { code: 'grenade', pattern: '(?:hand |stun )?grenades?|grenade attacks?|lobb(?:ed|ing) (?:a |an )?(?:grenade|explosive)s?', weight: 78 },

  // Battles. A fight where both sides fire is a battle whatever the weapons (ACLED: direct engagement).
  { code: 'armed_clash', pattern: 'exchang(?:e|es|ed|ing) (?:of )?(?:heavy |intense |sporadic )?(?:gun ?fire|fire|shots|gunshots|artillery(?: fire)?|shelling|rocket fire|mortar fire|small arms fire|bullets)|(?:fire|gun) ?exchanges?|(?:returned|return|returning) fire|fired back|shot back|fir(?:ed|ing) (?:at each other|on each other)|(?:responded|reacted|retaliated) (?:to (?:the )?(?:[\\w-]+ )?(?:fire|attacks?|shelling)|with (?:heavy )?(?:fire|firing|gunfire|gunshots|their (?:guns|weapons)))|in both directions(?= of the (?:front|contact|line))|from both sides|both sides exchanged|shoot-?outs?|gunfights?|firefights?|fire ?fights?|gun ?battles?|thwarted (?:an? |the |two |several )?(?:[\\w-]+ ){0,3}(?:attacks?|incursions?|assaults?|advances?|infiltrations?|offensives?)|repelled|repulsed|(?:armed )?encounters?(?= (?:with|between|broke|took))|an encounter', weight: 76 },
  // Small arms fired at positions: direct fire, a battle unless it only hit civilians.
  { code: 'armed_clash', pattern: 'small arms(?: fire)?|sniper rifles?|light weapons', weight: 76, cue: 'direct_fire' },
  { code: 'armed_clash', pattern: 'clash(?:ed|es|ing)?|fighting|battles?|skirmish(?:es|ed)?|engaged (?:in )?(?:combat|fighting|an armed clash)|(?:in|during|heavy|fierce) combat|combat operations?|heavy fighting|fought', weight: 50, cue: 'clash' },
  { code: 'armed_clash', pattern: 'ambush(?:ed|es)?|offensive|infiltration attempts?|attempting to infiltrate|incursions?|counter-?attack(?:ed|s)?|hit[- ]and[- ]run attacks?|military operations?|security operations?|(?:army|military|police|security|clearance|counter-?terrorism|counter-?insurgency|air-ground|ground|joint|special|combing|search|cordon(?:-and-search)?|landing) (?:[\\w-]+ ){0,3}?operations?', weight: 50, cue: 'armed_target' },
  { code: 'armed_clash', pattern: '(?:army|troops|forces|soldiers|police|military|security forces) (?:\\w+ ){0,2}(?:killed|wounded|neutrali[sz]ed|eliminated)(?: and (?:wounded|injured|captured|arrested))? (?:\\w+ ){0,4}(?:militants|terrorists|insurgents|rebels|fighters|jihadists|gunmen|bandits)', weight: 50, cue: 'armed_target' },
  // Attacking armed men, their posts or patrols is fighting, not violence against civilians (ACLED).
  { code: 'armed_clash', pattern: "(?:attack(?:ed|s|ing)?|ambush(?:ed|ing)?|assault(?:ed|ing)?|raid(?:ed|ing)?|stormed|set upon|targeted|targeting|fired (?:up)?on|fired at|opened fire (?:on|at|against)|shot at|waged \\w+ attacks? against|conducted attacks? on|attacks? (?:on|against)) (?:the |a |an |two |three |several |some )?(?:[\\p{L}'-]+ ){0,4}?(?:forces|troops|soldiers|army|military|police(?:men)?|police (?:officers?|station|stations|post|posts|patrol|patrols|units?|checkpoints?|vehicles?)|policemen|gendarmes?|gendarmerie|positions?|posts?|checkpoints?|convoys?|patrols?|bases?|outposts?|units|militants|fighters|rebels|militias?|militiamen|personnel|barracks|military camps?|army camps?)", weight: 56, cue: 'armed_target' },
  { code: 'armed_clash', pattern: "(?:forces|troops|soldiers|police(?:men| officers)?|officers|rebels|militants|fighters|patrols?|convoys?|units?|checkpoints?|posts?|gendarmes) (?:were|was|had been|have been|has been|being|came under|come under) (?:\\w+ )?(?:attacked|ambushed|fired (?:up)?on|shot at|shot|targeted|attack|fire)|fired with (?:unspecified |unknown |light |small )?(?:weapons|arms)|(?:fired|opened fire|shot) (?:at|on) (?:the )?(?:[\\w-]+ )?positions", weight: 52, cue: 'armed_target' },
  { code: 'gov_regains', pattern: '(?:re-?captur(?:ed|ing)|retook|retak(?:en|ing|e)|regain(?:ed|ing)?(?: control)?|reclaim(?:ed|ing)?|liberat(?:ed|ing|ion of)|recover(?:ed|ing)? (?:the )?(?:territory|control|regions?|areas?|towns?|villages?|city|positions?)|freed (?:\\w+ ){0,2}(?:villages?|towns?|areas?|districts?|regions?)|drove (?:\\w+ )?back (?:\\w+ ){0,4}from|(?:took|taken|seized|wrested|captured|took over) (?:[\\w\'(),-]+ ){0,10}?from (?:the )?(?:pro-)?(?:Houthis?|rebels?|militants?|insurgents?|jihadists?|Islamic State|IS|ISIS|ISIL|Daesh|Taliban|al-Shabaab|Shabaab|terrorists?|separatists?)(?![\\p{L}-]))', weight: 68, needs: '(?:army|troops|government|forces|military|regime|soldiers|fighters|militants|control|territory|town|city|village|area)', blocks: '(?:consciousness|bodies|hostages)' },
  { code: 'nsa_overtakes', pattern: `(?:took|take|taken|seized|gained|wrested|assumed|taking) (?:over )?(?:full |total |partial )?(?:the )?control|(?:captur(?:ed|ing)|seiz(?:ed|ing)|overr(?:an|un)|overtook|took over|taken over|occupied|occupying)(?= (?:the |a |an |several |two |three |\\d+ )?(?:${FREE_WORD}){0,4}?${TERRITORY})|(?:pushed|drove|forced|expelled) (?:[\\w'-]+ ){0,4}?out of (?:[\\w'-]+ ){0,3}?${TERRITORY}|fell to|fallen to|(?:came|come|fell) under (?:the )?control of`, weight: 67, byState: 'gov_regains' },
  // Violence against civilians
  { code: 'sexual_violence', pattern: 'rap(?:ed|es|ing|ist|ists)|rape|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse(?:d)?|harass\\w*|exploit\\w*)|gang-?raped|sexual slavery|molest(?:ed|ing|ation|s)?|sexually|indecent(?:ly)? assault(?:ed)?|abused (?:\\w+ ){0,2}(?:women|girls|boys|children|minors)', weight: 85 },
  { code: 'abduction', pattern: 'abduct(?:ed|s|ing|ion|ions)|kidnap(?:ped|ping|pings|s|ers)?|taken hostage|took (?:\\w+ )?hostages?|hostages?|forcibly disappeared|forced disappearances?|enforced disappearances?|went missing|held captive', weight: 72 },
  { code: 'attack', pattern: 'shot (?:dead|and killed|to death|and injured|and wounded|at|him|her|them)|gunned down|opened fire|open fired|stabb(?:ed|ing)|hack(?:ed|ing) to death|beheaded|behead(?:ing|ings)|decapitated|dismembered|executed|executions?|summarily executed|killed (?:by|in) (?:an? )?(?:attack|gunmen|assailants)|gunmen|assassinat(?:ed|ion|ions)|massacre(?:d|s)?|beat(?:en)? to death|beat(?:en|ing)?(?: up)?|assault(?:ed|ing)|set (?:on )?fire to (?:a |an |the )?(?:man|woman|person|people)|set (?:alight|ablaze|on fire) (?:\\w+ ){0,3}(?:men|man|woman|women|people|persons|suspects?|members|thie(?:f|ves)|robbers?)|burned alive|tortured|torture|attack(?:ed|s|ing)?|shooting|shot|targeted killings?|murder(?:ed|s)?|bod(?:y|ies) (?:of (?:\\w+ ){1,4})?(?:was |were )?(?:found|discovered|recovered|dumped)|found (?:dead|killed|murdered|shot)|gunshot wounds|extort(?:ed|ion)?|whipped|flogged|drive-by', weight: 40 },
  // A raid is an attack, or the way an arrest was made (see INCIDENT_RULES).
  { code: 'attack', pattern: 'raid(?:ed|s|ing)?', weight: 40, cue: 'raid' },
  // Protests and riots: the codebook's order is violent demonstrators (riot), then lethal force by the state
  // on peaceful ones, then any intervention, then a peaceful protest.
  { code: 'peaceful_protest', pattern: 'protest(?:ed|s|ing|ers|ors)?|demonstrat(?:ed|ion|ions|ors|ing)|rall(?:y|ies|ied)|(?<!(?:in|on|early|late|mid|since|until|of|by|from|to) )march(?:ed|es)?(?! \\d)|sit-ins?|strike action|went on strike|on strike|staged a strike|general strike|hunger strikes?|picket(?:ed|s|ing)?|vigils?|boycott(?:ed)?|took to the streets|taken to the streets|came out (?:on|onto|into) the (?:roads?|streets?)|motorcades?|car caravans?|caravans? of (?:cars|vehicles)|blocked (?:the |a |several |some |main )?(?:roads?|streets?|highways?|traffic|entrances?|rails|railway|train tracks|routes?|bridges?)|human chains?|dharnas?|gheraos?|pot-banging|cacerolazos?|chant(?:ed|ing)|gathered (?:to|in front of|outside|at|in)|(?:held|staged|organi[sz]ed) (?:a |an )?(?:\\w+ )?(?:gathering|meeting|event|sit-in|march)', weight: 45, blocks: '(?:strike(?:s|d)? (?:on|against|by|hit|killed)|air ?strikes?|drone strikes?)' },
  { code: 'peaceful_protest', pattern: 'demand(?:ed|ing|s)|denounc(?:ed|ing|e)|to denounce|to demand|in protest|to protest|decr(?:ied|ying)|rejecting|against the (?:government|decision|closure|measures|restrictions|lockdown)|calling for the (?:release|resignation|fall)|(?:after|over|against) (?:a |the )?(?:disputed|contested|rigged|flawed) (?:election|vote|poll|ballot)|(?:after|over|against) (?:the )?(?:election|poll) results', weight: 44, alone: false, cue: 'demand' },
  { code: 'peaceful_protest', pattern: '\\[size=[^\\]]*\\]', weight: 10, cue: 'crowd_tag' },
  { code: 'protest_intervention', pattern: '(?:police|security forces|troops|authorities|soldiers|gendarmes) (?:dispersed|broke up|(?:used|fired|lobbed|shot) tear ?gas(?: shells?| canisters?| grenades?| rounds?)?|used water cannons?|baton-charged|intervened|suppressed)|tear ?gas(?:sed)?|water cannons?|rubber bullets|dispersed (?:the |a )?(?:protesters|demonstrators|crowds?|protests?|rall(?:y|ies)|gatherings?|march(?:es)?|sit-ins?|group)|(?:baton|lathi)[- ]charge[ds]?', weight: 60, needs: '(?:protest|demonstrat|rall|march|crowd|sit-in|strike|gather|dharna|chant|picket)' },
  // Crowd-control weapons: never shelling or grenades, and on their own no event.
  { code: 'protest_intervention', pattern: 'tear ?gas (?:shells?|canisters?|grenades?|rounds?|cartridges?)|rubber (?:bullets|pellets)|pellet guns?|(?:smoke|sound|flash) grenades?|flash-?bangs?|water cannons?', weight: 20, alone: false },
  { code: 'protest_intervention', pattern: 'stun grenades?', weight: 20, alone: false, needs: '(?:protest|demonstrat|crowd|dispers|rall(?:y|ies)|march)' },
  { code: 'excessive_force', pattern: '(?:opened fire|fired live (?:ammunition|rounds|bullets)|live (?:ammunition|fire|bullets|rounds)|shot (?:dead|and killed)?|killed|killing|beat|beaten|beating|hits?|hit|clubbed|kicked|attacked) (?:on |at |against )?(?:(?!by\\s)\\w+ ){0,2}(?:protesters?|demonstrators?|protestors?|marchers|crowds?)|(?:opened fire|fired(?: live \\w+)?|attacked|cracked down) (?:on|at|against) (?:\\w+ ){0,2}(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?)|(?:protesters|demonstrators|protestors) (?:were |was )?(?:killed|shot dead|shot)|protest crackdown|(?:violently|brutally) (?:dispersed|suppressed|cracked down|broke up|attacked)|violent crackdown', weight: 65, needs: '(?:police|security|soldiers|troops|army|military|gendarm|guards|officers|forces|authorities|regime|government)' },
  // Demonstrators' own forms of violence: barricades and burning tyres are a demonstration in themselves ...
  { code: 'violent_demonstration', pattern: 'burn(?:ed|ing|t) (?:rubber )?(?:tires|tyres|objects|material|mattresses|branches)|burning (?:rubber )?(?:tires|tyres|objects|material|barricades)|(?:tires|tyres) (?:and \\w+ )?on fire|set fire to (?:rubber )?(?:tires|tyres|mattresses)|barricad(?:e|es|ed|ing)|set (?:\\w+ ){0,2}barricades on fire|blocked (?:\\w+ ){0,4}with (?:burning|tires|tyres)', weight: 66, cue: 'barricade' },
  // ... attacks on people or property are a riot, a violent demonstration only when a demonstration is named.
  { code: 'violent_demonstration', pattern: 'riot(?:s|ed|ing|ers)?', weight: 66, cue: 'riot' },
  { code: 'violent_demonstration', pattern: "(?:protesters|demonstrators|students|workers|residents|youths?) (?:\\w+ ){0,2}(?:torched|burned|burnt|set fire|threw stones|hurled stones|pelted|vandali[sz]ed|stormed|attacked|ransacked|beat)(?! (?:rubber )?(?:tires|tyres))|threw (?:stones|rocks|bricks|bottles|molotov|petrol bombs|objects|fireworks|firecrackers|eggs)|hurled (?:stones|rocks|bricks|bottles|objects)|(?:threw|thrown|throwing|hurled|hurling) (?:[\\w-]+ ){0,3}projectiles|projectiles (?:were |was )?(?:thrown|hurled)|turn(?:ed|s)? (?:very )?violent|outbreaks? of violence|molotov cocktails?|petrol bombs?|stone-?pelting|pelt(?:ed|ing) (?:\\w+ )?stones|pelted|vandali[sz](?:ed|ing|m)|forced (?:their way|themselves) into|(?:tried|attempted|started) to (?:storm|force|break)|storming|stormed|(?<!verbal )confrontations?|using violence|street-?fights?|fist-?fights?|scuffles?|brawls?", weight: 66 },
  { code: 'mob_violence', pattern: 'mobs?|lynch(?:ed|ing|ings)?|vigilante (?:attacks?|violence|justice|killings?|groups? (?:attacked|killed|beat))|vigilante-style|(?:killed|beaten|attacked|lynched) by vigilantes|mob justice|angry crowds?|(?:villagers|residents|locals|local people|youths|a group of (?:\\w+ ){0,2}(?:people|men|youths|residents|villagers|locals|citizens|individuals)|crowds?|inmates|prisoners|supporters|members of (?:the )?\\w+ (?:community|party|tribe|clan)) (?:(?!(?:were|was|are|is|had|have|has|been|being)\\b)\\w+ ){0,2}(?:attacked|assaulted|beat|beaten|lynched|killed|pelted|threw|stoned|chased|burned|torched|hacked|clashed|fought)(?! (?:rubber )?(?:tires|tyres))|(?:two|rival) (?:\\w+ )?(?:groups|communities|clans|families|tribes|factions of (?:\\w+ )?(?:community|tribe|clan))(?: of (?:\\w+ ){1,3})? (?:\\w+ ){0,3}(?:clashed|fought|attacked)|clash(?:es)? between (?:two |rival )?(?:\\w+ )?(?:groups|communities|clans|families|villagers|tribes|supporters)|(?:with|using) (?:\\w+ )?(?:machetes|sticks|stones|axes|clubs|rods|knives)|beat(?:en)? up by (?:locals|residents|villagers|a mob|a crowd)', weight: 64 },
  // Strategic developments
  { code: 'agreement', pattern: '(?:agreed|agree|signed|reached|brokered|concluded|struck) (?:on |to )?(?:a |an |the )?(?:[\\w-]+ ){0,3}(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|agreement|deal|accord|pact|memorandum)|(?:ceasefire|cease-fire|truce) (?:was |has been )?(?:agreed|announced|declared|signed|took effect|came into effect|collapsed)|announced (?:a |an )?(?:[\\w-]+ ){0,3}(?:ceasefire|truce)|agreed to (?:\\w+ ){0,2}(?:peace )?(?:talks|negotiations)|prisoner (?:exchange|swap)s?|exchang(?:ed|e) (?:of )?(?:prisoners|detainees|bodies)|released (?:\\w+ ){0,3}(?:prisoners|detainees) (?:in exchange|as part)|in exchange for the release|surrender(?:ed|s)? (?:to|after)|have surrendered|has surrendered|laid down (?:their|his) arms|handed over (?:their|his) weapons|reconciliation deal', weight: 62 },
  { code: 'agreement', pattern: 'agreements?|ceasefire|cease-fire|truce|peace deal|accords?|negotiat(?:ed|ions)|peace talks|surrender(?:ed)?', weight: 35, alone: false },
  { code: 'arrests', pattern: 'arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed)?|taken into custody|rounded up|nabbed|jailed|imprisoned|intercepted (?:\\d+ |several |two |three )?(?:[\\w-]+ ){0,2}(?:members|suspects|militants|terrorists)|captured (?:a |an |the |two |three |\\d+ )?(?:senior |top |local )?(?:[\\w-]+ ){0,2}(?:commanders?|leaders?|suspects?)|held for questioning|raids? (?:and|to) arrest', weight: 30 },
  { code: 'change_to_group', pattern: 'reinforcements? (?:\\w+ ){0,6}?(?:arrived|were (?:sent|deployed|dispatched|reported)|reached)|(?:brought|sent|dispatched|deployed|forwarded) (?:\\w+ ){0,3}reinforcements|reinforcements|reinforced|deploy(?:ed|s|ing|ment of) (?:\\w+ ){0,3}(?:troops|forces|soldiers|units|fighters|officers)|(?:troops|forces|soldiers|units|officers) (?:\\w+ ){0,2}(?:were|have been|has been) (?:deployed|dispatched|moved|redeployed|sent)|(?:dispatched|forwarded|sent) (?:\\w+ ){0,4}(?:forces|troops|fighters|soldiers|vehicles|military equipment)|redeploy(?:ed|ing|ment)|joint patrols?|(?:conducted|carried out|held) (?:a |an )?(?:joint )?(?:military )?patrols?|patrols? (?:took place|was conducted|were conducted)|(?:military )?convoys? (?:\\w+ ){0,5}(?:entered|crossed|arrived)|establish(?:ed|ing) (?:new )?fortifications|fortified|recruitment campaign|recruit(?:ed|ing|ment) (?:\\w+ ){0,2}(?:fighters|members|soldiers|youths|children)|defect(?:ed|ion|ions)|ended (?:its|their) affiliation|merg(?:ed|er) (?:with|into)|(?:were|was|been) formed|formed (?:a |an )?new|pledged allegiance|rebrand(?:ed)?|disband(?:ed)?|dissolved|(?:imposed|declared|instituted|extended|enforc(?:ed|ing)|announced|began enforcing) (?:\\w+ ){0,4}(?:curfews?|lockdowns?|states? of emergency|bans?|restrictions)|(?:curfews?|lockdowns?) (?:was |were )?(?:imposed|declared)|closed (?:the |all )?(?:\\w+ )?(?:border|borders|crossings?|border crossings)|(?:set up|placed|erected|installed|established) (?:\\w+ ){0,3}check ?points?|imposition of (?:\\w+ ){0,4}(?:curfews?|lockdowns?|states? of emergency)', weight: 25 },
  { code: 'change_to_group', pattern: '(?:delivered|distributed|handed out|gave out) (?:\\w+ ){0,3}(?:food|aid|relief|boxes|packages|supplies|parcels)', weight: 25, needs: '(?:cartel|gang|militia|militants|rebels|insurgents|armed group|criminal group|Taliban|Shabaab|jihadists|Hezbollah|Hamas)' },
  { code: 'disrupted_weapons', pattern: `defus(?:ed|ing|al)|(?:found|discovered|unearthed|defused|neutrali[sz]ed|dismantled|recovered|confiscated|retrieved) (?:[\\w,-]+ ){0,5}?${WEAPONS}|(?:police|forces|troops|army|soldiers|authorities|officers|units|personnel|sappers|engineers|agents|teams?|military|gendarmes|gendarmerie|guards) (?:[\\w,-]+ ){0,4}?(?:seized|captured|destroyed|seizure of) (?:[\\w,-]+ ){0,5}?${WEAPONS}|${WEAPONS} (?:[\\w,-]+ ){0,3}(?:was |were |have been |has been |had been )(?:found|discovered|neutrali[sz]ed|disposed of|seized|recovered|captured|confiscated|identified|retrieved|unearthed|defused)|seizure of (?:[\\w,-]+ ){0,3}${WEAPONS}|(?:stash|cache|depot|stockpile|haul)s? of (?:[\\w-]+ ){0,3}?${WEAPONS}|intercept(?:ed|ion|ing) (?:an? |the |two |several |\\d+ )?(?:[\\w-]+ ){0,3}(?:missiles?|rockets?|drones?|projectiles?|UAVs?|packages?|parcels?|devices?|explosives?)|(?:packages?|parcels?|devices?) (?:\\w+ ){0,5}(?:were |was )intercepted|shot down|shut down (?:an? |the )?(?:[\\w'-]+ ){0,3}(?:drones?|UAVs?|aircraft)|downed (?:an? |the )?(?:\\w+ ){0,2}(?:drones?|aircraft|helicopters?|planes?|UAVs?)|foiled (?:an? |the )?(?:\\w+ )?(?:bomb|bombing|attack|plot)s?|thwarted (?:an? |the )?(?:\\w+ )?(?:bomb|bombing|suicide|explosive)|bomb disposal|de-?mining|demined|cleared (?:of )?mines|(?:did not|failed to|didn't) (?:explode|detonate)|exploded prematurely|(?:accidentally|prematurely) (?:activated|detonated|exploded)|while (?:planting|making|assembling|handling) (?:\\w+ ){0,2}(?:bombs?|explosives?|mines?|devices?|IEDs?)`, weight: 86 },
  { code: 'disrupted_weapons', pattern: `(?:seized|confiscated|captured) (?:a total of )?(?:[\\w,-]+ ){0,5}?${WEAPONS}`, weight: 86, blocks: '(?:assailants|attackers|gunmen|militants|rebels|insurgents|terrorists|robbers|bandits|jihadists|fighters) (?:\\w+ ){0,3}(?:seized|stole|looted|took|captured)' },
  { code: 'hq_established', pattern: '(?:established|set up|opened|built|created|erected|installed) (?:\\w+ ){0,6}?(?:bases?|headquarters|HQs?|outposts?|observation (?:posts?|points?)|military (?:posts?|points?|positions?)|barracks|camps?)|(?:bases?|headquarters|outposts?|observation (?:posts?|points?)|barracks|(?:military |observation )?points?|posts?) (?:\\w+ ){0,2}(?:was|were|have been|has been) (?:established|set up|built|erected)', weight: 72, blocks: '(?:checkpoints?|IDP camps?|refugee camps?|displacement camps?|quarantine)' },
  { code: 'looting', pattern: 'loot(?:ed|ing|ers)?|plunder(?:ed|ing)?|ransack(?:ed|ing)?|pillag(?:ed|ing)|torch(?:ed|ing)|set (?:on )?fire|set (?:\\w+ ){1,3}on fire|set ablaze|set alight|burn(?:ed|t|ing) (?:down )?(?:\\w+ ){0,2}(?:houses?|homes?|shops?|stores?|vehicles?|cars?|trucks?|buildings?|property|properties|crops?|schools?|offices?|huts?|villages?|markets?|facility|facilities)|(?:houses?|homes?|shops?|stores?|vehicles?|cars?|trucks?|buildings?|huts?|villages?|crops) (?:\\w+ ){0,3}(?:were |was )?(?:burned|burnt|torched|set on fire|destroyed|damaged|vandali[sz]ed)|demolish(?:ed|ing)|demolition|razed|bulldoz(?:ed|ing)|vandali[sz](?:ed|ing)|destroy(?:ed|ing) (?:\\w+ ){0,2}(?:houses?|homes?|property|properties|shops?|crops?|plantations?|trees|buildings?|vehicles?|airstrips?)|cut down (?:\\w+ ){0,3}trees|uproot(?:ed|ing)|confiscat(?:ed|ion)|(?:found|discovered|seized|confiscated) (?:[\\w,.-]+ ){0,6}?(?:drugs|narcotics|marijuana|marihuana|cannabis|cocaine|heroin|methamphetamine|shabu|cigarettes|contraband|fuel)|(?:dismantled|destroyed|raided|burned) (?:[\\w-]+ ){0,3}(?:labs?|laboratories|plantations?|crops|airstrips?|poppy fields?)|seiz(?:ed|ure of|ing) (?:[\\w,.-]+ ){0,4}(?:land|property|properties|houses?|homes?|goods|crops|harvests?|livestock|cattle|sheep|goats|boats?|vehicles?|cars?|trucks?|motorbikes?|motorcycles?|phones|money|cash|belongings|drugs|marijuana|cocaine|heroin|cigarettes|contraband|tons?)|stole|stolen|steal(?:ing)?|extort(?:ed|ion)|royalties|forced (?:\\w+ ){0,3}out of their (?:homes|houses|lands?|villages?)|forcibly evicted|evictions?|levies|arson(?: attacks?)?|smashed', weight: 38 },
  { code: 'looting', pattern: 'arson(?: attacks?)?|arsonists?', weight: 45 },
  { code: 'non_violent_transfer', pattern: 'withdr(?:ew|awn|awal) from|pulled out of|handed over (?:control|the town|the city|the area|positions?|territory)|handover of|evacuat(?:ed|ion) (?:of )?(?:fighters|rebels|militants)|entered (?:\\w+ ){0,3}(?:without|unopposed)|without (?:any )?(?:resistance|a fight)', weight: 46 },
  { code: 'other', pattern: '(?:were |was |been |being )displaced|displacement of|fled (?:their |the )?(?:homes?|villages?|town|area)|evacuated (?:from|following|after)|migrants returned|returned from|humanitarian corridor|mass graves?', weight: 20 },
];

/** Context cues (see EventCue); matched apart from the triggers so that they never hide one. */
export const EVENT_CUES: CueTrigger[] = [
  { cue: 'demonstration', pattern: 'protest(?:s|ed|ing|ers|ors)?|demonstrat\\w*|rall(?:y|ies|ied)|(?<!(?:in|on|early|late|mid|since|until|of|by|from|to) )march(?:ed|es|ing)?(?! \\d)|marchers|sit-ins?|dharnas?|strikers|picket\\w*|motorcades?|took to the streets|in protest' },
  { cue: 'intervention', pattern: 'dispers(?:ed|e|ing|al)|broke up|break up|tear ?gas|water cannons?|rubber bullets|pellets|(?:baton|lathi)[- ]?charge[ds]?|pepper (?:spray(?:ed)?|balls)|(?:stun|smoke) grenades|(?:shots?|fir(?:ed|ing)|shooting) (?:\\w+ ){0,2}in(?:to)? the air|warning shots|arrest(?:ed|s|ing)?|detain(?:ed|ing)?|taken into custody|suppress(?:ed|ing)?|intervened|cracked down|crackdown|forcibly (?:removed|evicted|cleared)|dragged|took down|tore down|(?:stopped|prevented|blocked) (?:\\w+ ){0,3}(?:protesters|demonstrators|them|the group|the march|the rally|from)|cleared (?:the )?(?:protesters|demonstrators|square|sit-in)|pushed back|removed (?:the )?(?:protesters|demonstrators|tents)|lift(?:ed)? the (?:blockade|road ?block)|dissolved the', needs: 'protest|demonstrat|rall(?:y|ies)|march|crowd|gather|sit-in|dharna|them|participants|activists|group|people|persons|arrests were made|blockade|strikers|picket' },
  // Police acting on people, or people arrested in numbers: an intervention wherever it is told in a protest report.
  { cue: 'intervention', pattern: '(?:police|policemen|police officers|officers|security forces|soldiers|troops|gendarmes|gendarmerie|authorities|military forces|riot police) (?:\\w+ ){0,3}?(?:arrested|detained|intervened|dispersed|stopped|prevented|controlled|broke up|cleared|dragged|removed|took down|tried to control)|(?:were|was) (?:\\w+ )?(?:arrested|detained|dispersed|stopped) by (?:the )?(?:\\w+ )?police|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many|some) (?:people |persons |protesters |demonstrators |activists |participants |of them )?(?:were )?(?:arrested|detained)|arrests were made|attacked (?:the |a )?(?:\\w+ )?(?:protest|demonstration|rally|march|sit-in|human chain)' },
  { cue: 'force', pattern: '(?:police|policemen|officers|security forces|soldiers|troops|army|gendarmes|forces|guards?|military) (?:\\w+ ){0,3}?(?:opened fire|fired (?:live|on|at|into)|shot (?:at|dead|and)|killed|beat|beaten|clubbed|hit|used live|violently|brutally|attacked)|fired live|live (?:ammunition|rounds|bullets|fire)|(?<!rubber |plastic )bullets|(?:violently|brutally) (?:dispersed|suppressed|broke up|attacked|beat|cracked down)|(?:killed|shot dead|shot|beaten|attacked|wounded|injured)(?: and \\w+)? (?:[\\w,-]+ ){0,5}?by (?:the )?(?:\\w+ ){0,2}(?:police|policemen|security forces|soldiers|troops|army|gendarmes|guards)|(?:start(?:ed)? to |began to )?shoot(?:ing)? at (?:\\w+ ){0,2}(?:protesters|demonstrators|crowds?)' },
  { cue: 'combatant_hit', pattern: `(?:assassinat(?:ed|ing)|shot (?:dead|and killed|and injured|and wounded)|gunned down|shot|killed|killing|wounded|injured|abducted|kidnapped|attacked|ambushed|stabbed) (?:a |an |the |one |two |three |four |five |several |\\d+ )?${ON_DUTY}(?:${FREE_WORD}){0,3}?${ARMED_MEN}|${ARMED_MEN} (?:were|was|had been|have been|has been) (?:shot|killed|wounded|injured|assassinated|gunned down|ambushed|attacked)` },
  { cue: 'withdrawal', pattern: 'withdr(?:ew|awn|awal|awing)|pulled out|pull-?out|retreated from|without (?:any )?(?:resistance|a fight|fighting|clashes|a (?:single )?shot|firing)|unopposed|deserted|abandoned|handed over|handover|no resistance|did not encounter (?:any )?resistance|not encounter(?:ed)? any resistance' },
  { cue: 'disaster', pattern: 'floods?|flooding|flash floods?|earthquakes?|tremors?|landslides?|mudslides?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|storms?|heavy rains?|drought|wildfires?|bush ?fires?|forest fires?|fire broke out|blaze|caught fire|(?:road|traffic|car|bus|train|plane|boat|ferry|mining|industrial) (?:accidents?|crash(?:es)?|collisions?)|crashed|capsized|collapsed|collapse|gas (?:leak|cylinder)|stampede|epidemic|outbreak|pandemic' },
];

/** A condition of an incident rule: a sub-event type or cue present among the incident's mentions, or a fact from its claims and actors. */
export type Signal = SubEventCode | EventCue | 'killed' | 'combatant_victims' | 'civilian_victims' | 'armed_victim' | 'state_perpetrator' | 'nonstate_perpetrator' | 'state_subject';

/**
 * Rules that turn the type of the incident's strongest trigger into the type ACLED codes, applied in order, each
 * to the type the earlier ones left: `from` the current type, when `all` signals and at least one of `any` are
 * present and none of `none`; `sameSentence` looks for `any` only in the strongest trigger's sentence.
 */
export interface IncidentRule {
  from: SubEventCode[];
  all?: Signal[];
  any?: Signal[];
  none?: Signal[];
  sameSentence?: boolean;
  /** The type to take, or 'next': the strongest trigger of another type (kept when there is none). */
  to: SubEventCode | 'next';
  why: string;
}

export const INCIDENT_RULES: IncidentRule[] = [
  { from: ['attack'], all: ['raid', 'arrests'], none: ['attack', 'killed', 'combatant_hit', 'armed_clash'], to: 'arrests', why: 'a raid that only arrested people is an arrest' },
  { from: ['arrests'], all: ['nonstate_perpetrator'], none: ['state_perpetrator'], to: 'abduction', why: 'an armed group that detains people abducts them' },
  { from: ['disrupted_weapons'], any: ['blast', 'suicide_bomb'], to: 'next', why: 'a device that went off is the event, the others found with it are not' },
  { from: ['disrupted_weapons'], all: ['killed'], to: 'next', why: 'weapons seized where people were killed: the killing is the event' },
  { from: ['arrests'], all: ['killed'], to: 'attack', why: 'people killed in a raid: the killing is the event, arrests are its aftermath' },
  { from: ['attack'], all: ['combatant_victims'], to: 'armed_clash', why: 'violence against armed men is a battle, not violence against civilians' },
  { from: ['attack'], all: ['armed_victim'], none: ['civilian_victims', 'crowd_tag'], to: 'armed_clash', why: 'state forces or an armed group on the receiving end: a battle' },
  { from: ['attack'], all: ['combatant_hit'], none: ['civilian_victims'], to: 'armed_clash', why: 'soldiers, police or fighters shot or killed: a battle' },
  { from: ['armed_clash'], all: ['civilian_victims'], any: ['armed_target', 'direct_fire'], none: ['clash', 'combatant_victims', 'armed_clash'], to: 'attack', why: 'an armed raid or operation that hit only civilians is violence against civilians' },
  { from: ['shelling'], any: ['violent_demonstration', 'riot'], to: 'violent_demonstration', why: 'projectiles thrown by a crowd are no artillery' },
  { from: ['abduction', 'sexual_violence', 'shelling', 'air_strike', 'chemical', 'arrests', 'agreement', 'other'], all: ['crowd_tag', 'demonstration'], to: 'peaceful_protest', why: 'a tagged demonstration names violence as its grievance, not as its event' },
  { from: ['attack', 'armed_clash'], all: ['crowd_tag'], to: 'mob_violence', why: 'a crowd fighting is a riot, not a battle between armed groups' },
  { from: ['attack', 'armed_clash', 'mob_violence'], all: ['force'], any: ['peaceful_protest', 'demonstration'], none: ['violent_demonstration', 'barricade'], to: 'excessive_force', why: 'state forces attacking peaceful demonstrators' },
  { from: ['armed_clash', 'attack', 'mob_violence'], any: ['peaceful_protest', 'demonstration'], to: 'violent_demonstration', why: 'demonstrators who fight are a violent demonstration' },
  { from: ['peaceful_protest', 'protest_intervention', 'excessive_force'], any: ['clash', 'looting'], to: 'violent_demonstration', why: 'demonstrators clashing with police are a violent demonstration' },
  { from: ['violent_demonstration'], any: ['attack', 'armed_clash', 'armed_target', 'combatant_hit'], none: ['peaceful_protest', 'demonstration', 'crowd_tag', 'demand', 'riot'], to: 'next', why: 'armed men who block a road or throw a firebomb while attacking are attackers, not rioters' },
  { from: ['violent_demonstration'], none: ['peaceful_protest', 'demonstration', 'barricade', 'demand'], to: 'mob_violence', why: 'crowd violence with no demonstration is mob violence' },
  { from: ['peaceful_protest', 'protest_intervention'], all: ['force'], none: ['violent_demonstration', 'barricade', 'clash'], to: 'excessive_force', why: 'lethal or violent force against peaceful demonstrators' },
  { from: ['peaceful_protest'], any: ['intervention', 'protest_intervention'], to: 'protest_intervention', why: 'a peaceful protest dispersed, gassed or arrested' },
  { from: ['gov_regains', 'nsa_overtakes', 'non_violent_transfer'], any: ['violent_demonstration', 'mob_violence', 'crowd_tag', 'riot'], to: 'next', why: 'rioters or police taking a prison yard or a building: the riot or protest is the event' },
  { from: ['disrupted_weapons'], any: ['gov_regains'], to: 'gov_regains', why: 'weapons taken with the ground they were on: the territory is the event' },
  { from: ['disrupted_weapons'], any: ['nsa_overtakes'], to: 'nsa_overtakes', why: 'weapons taken with the ground they were on: the territory is the event' },
  { from: ['disrupted_weapons'], any: ['clash', 'armed_clash'], to: 'armed_clash', why: 'weapons captured in a fight: the fight is the event' },
  { from: ['shelling', 'grenade'], any: ['clash'], sameSentence: true, to: 'armed_clash', why: 'a clash fought with artillery (or drones shot down in it) is still a clash' },
  { from: ['air_strike'], any: ['armed_clash'], sameSentence: true, to: 'armed_clash', why: 'an assault backed by air strikes and fought back is a battle' },
  { from: ['shelling', 'grenade'], any: ['armed_clash', 'direct_fire'], to: 'armed_clash', why: 'fire answered by the other side is a battle, not one-sided shelling' },
  { from: ['gov_regains', 'nsa_overtakes'], any: ['withdrawal'], to: 'non_violent_transfer', why: 'taking ground the other side left is a non-violent transfer' },
  { from: ['nsa_overtakes'], all: ['state_perpetrator'], to: 'gov_regains', why: 'state forces taking ground regain it' },
  { from: ['gov_regains'], all: ['nonstate_perpetrator'], none: ['state_perpetrator', 'state_subject'], to: 'nsa_overtakes', why: 'an armed group taking ground overtakes it, even when it "recaptures" it' },
  { from: ['attack'], all: ['disaster'], none: ['attack'], to: 'other', why: 'deaths in a disaster with no attack named are no political violence' },
];
