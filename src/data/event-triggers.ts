// Words and phrases that signal each ACLED sub-event type (ACLED Codebook 2023, section "Event types").
// `pattern` is a case-insensitive regular-expression fragment matched on word boundaries. `weight` ranks
// triggers when one incident has several: the more specific means of attack wins ("suicide car bomb" over
// "explosion", "air strike" over "attack"), as ACLED codes an event by its most specific form of violence.
// `needs`/`blocks` are fragments that must / must not occur in the same sentence for the trigger to count.
import type { SubEventCode } from './acled-taxonomy.js';

export interface EventTrigger {
  code: SubEventCode;
  pattern: string;
  weight: number;
  needs?: string;
  blocks?: string;
}

export const EVENT_TRIGGERS: EventTrigger[] = [
  // Explosions/Remote violence
  { code: 'chemical', pattern: 'chemical (?:weapons?|attacks?|agents?|munitions?)|chlorine|sarin|toxic gas(?:es)?|poison(?:ous)? gas|nerve agents?|mustard gas', weight: 95 },
  { code: 'suicide_bomb', pattern: 'suicide (?:bomb(?:er|ers|ing|ings|s)?|attacks?|attackers?|blasts?|car bombs?|vests?|belts?|truck bombs?|explosions?|missions?)|blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive|suicide) (?:vest|belt)s?|explosive (?:vest|belt)s?|suicide VBIED|SVBIED|self-immolat\\w+ bomb', weight: 90 },
  { code: 'air_strike', pattern: '(?:air|aerial|drone|missile) ?(?:strikes?|raids?|attacks?|bombardments?|bombing|bombings)|airstrikes?|air-strikes?|air-raids?|warplanes?|war planes?|fighter jets?|jets? (?:struck|bombed|hit|targeted|pounded)|helicopter gunships?|gunships?|barrel bombs?|(?:armed|combat|military|suicide|kamikaze|attack) drones?|drones? (?:strikes?|struck|attacks?|attacked|hit|targeted|fired|dropped)|UAVs?|unmanned aerial vehicles?|bombed from the air|aircraft (?:struck|bombed|hit|targeted|fired)|(?:Russian|Syrian|Israeli|Turkish|coalition|US|U\\.S\\.|American|Saudi|Iraqi|Afghan) (?:aircraft|planes|jets)|air force|aerial bombardment|dropped (?:a )?bombs?|precision strikes?', weight: 80 },
  { code: 'shelling', pattern: 'shell(?:s|ed|ing)|artillery|mortars?(?: shells?| rounds?| fire| bombs?)?|rockets?|rocket-propelled|missiles?|projectiles?|howitzers?|Grad|Katyusha|MLRS|multiple rocket launchers?|tank (?:fire|shells?|rounds?)|bombard(?:ed|ing|ment|ments)|ballistic', weight: 70, blocks: 'RPG' },
  { code: 'ied', pattern: '(?:improvised )?explosive devices?|IEDs?|VBIEDs?|roadside bombs?|car bombs?|(?:booby-?trapped|bomb-?laden|explosives-?laden|explosive-?laden|rigged|parked) (?:car|vehicle|motorcycle|motorbike|truck|bicycle)s?|(?:car|vehicle|motorcycle|motorbike|truck|bicycle) bomb(?:s|ing|ings)?|land ?mines?|mines?(?= (?:exploded|explosion|blast|went off|detonated))|magnetic bombs?|sticky bombs?|remote(?:ly)?[- ]controlled (?:bombs?|devices?|explosives?)|bomb blasts?|bombs? (?:exploded|went off|blast|detonated|explosion|attacks?)|planted (?:a |an )?(?:bomb|explosive)s?|(?:bomb|explosive)s? planted|explosives? (?:detonated|exploded|went off)|detonat(?:ed|ion) (?:of )?(?:a |an )?(?:bomb|explosive|device)s?|unexploded ordnance|UXO|explosive remnants', weight: 75 },
  { code: 'grenade', pattern: '(?:hand )?grenades?|RPGs?|rocket-propelled grenades?', weight: 78 },
  // Battles
  { code: 'armed_clash', pattern: 'clash(?:ed|es|ing)?|fighting|firefights?|fire ?fights?|gun ?battles?|battles?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|skirmish(?:es|ed)?|ambush(?:ed|es)?|engaged (?:in )?(?:combat|fighting)|combat|heavy fighting|offensive|assault(?:ed)? (?:on )?(?:positions?|posts?|bases?|checkpoints?)|attacked (?:a |an |the )?(?:military|army|police|security|checkpoint|base|post|outpost|convoy|patrol)|repelled|repulsed|infiltration attempt|counter-?attack(?:ed|s)?|fought', weight: 50 },
  { code: 'gov_regains', pattern: '(?:recaptur|retook|retak|regain|reclaim|liberat)\\w*', weight: 55, needs: '(?:army|troops|government|forces|military|regime|soldiers)' },
  { code: 'nsa_overtakes', pattern: '(?:captur|seiz|overr|overran|took control|take control|taken control|stormed|gained control|fell to)\\w*', weight: 54, needs: '(?:village|town|city|district|area|territory|base|control|positions?|hill|checkpoint|neighbou?rhood|airport|dam|oilfield|border crossing)' },
  // Violence against civilians
  { code: 'sexual_violence', pattern: 'rap(?:ed|es|ing|ist|ists)|rape|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse(?:d)?|harass\\w*)|gang-?raped', weight: 85 },
  { code: 'abduction', pattern: 'abduct(?:ed|s|ing|ion|ions)|kidnap(?:ped|ping|pings|s|ers)?|taken hostage|took (?:\\w+ )?hostages?|hostages?|forcibly disappeared|forced disappearance|went missing|abducted and killed', weight: 72 },
  { code: 'attack', pattern: 'shot (?:dead|and killed|at|him|her|them)|gunned down|opened fire|stabb(?:ed|ing)|hack(?:ed|ing) to death|beheaded|behead(?:ing|ings)|executed|execution|killed (?:by|in) (?:an? )?(?:attack|gunmen|assailants)|gunmen|assassinat(?:ed|ion|ions)|massacre(?:d|s)?|lynch(?:ed|ing)|beat(?:en)? to death|set (?:on )?fire to (?:a |an |the )?(?:man|woman|person|people)|burned alive|tortured|attack(?:ed|s|ing)?|assault(?:ed|s)?|raid(?:ed|s)?|shooting|shot|targeted killing', weight: 40 },
  // Protests and riots
  { code: 'peaceful_protest', pattern: 'protest(?:ed|s|ing|ers|ors)?|demonstrat(?:ed|ion|ions|ors|ing)|rall(?:y|ies|ied)|march(?:ed|es)?|sit-ins?|strike action|went on strike|on strike|staged a strike|hunger strike|picket(?:ed|s|ing)?|petition(?:ed)?|vigil|gathered (?:to|in front of|outside)|boycott(?:ed)?', weight: 45 },
  { code: 'protest_intervention', pattern: '(?:police|security forces|troops|authorities) (?:dispersed|broke up|arrested|detained|used tear ?gas|fired tear ?gas|used water cannons?|baton-charged|intervened)|tear ?gas|water cannons?|rubber bullets|dispersed (?:the )?(?:protesters|demonstrators|crowd|protest|rally)|baton[- ]charge[d]?', weight: 60, needs: '(?:protest|demonstrat|rall|march|crowd|sit-in|strike)' },
  { code: 'excessive_force', pattern: '(?:opened fire|fired live (?:ammunition|rounds)|live (?:ammunition|fire|bullets)|shot (?:dead|and killed)?|killed|killing) (?:on |at )?(?:\\w+ )?(?:protesters|demonstrators|protestors)|protesters (?:were )?(?:killed|shot)', weight: 65 },
  { code: 'violent_demonstration', pattern: 'riot(?:s|ed|ing|ers)?|(?:protesters|demonstrators) (?:torched|burned|set fire|threw stones|hurled stones|pelted|vandali[sz]ed|clashed|attacked|blocked)|threw (?:stones|rocks|molotov)|hurled (?:stones|rocks)|molotov cocktails?|stone-?pelting|pelted (?:\\w+ )?stones', weight: 62 },
  { code: 'mob_violence', pattern: 'mobs?|lynch(?:ed|ing)?|vigilantes?|mob justice|angry crowd|villagers (?:attacked|beat|killed|lynched)|residents (?:attacked|beat|lynched)', weight: 58 },
  // Strategic developments
  { code: 'agreement', pattern: 'agreements?|ceasefire|cease-fire|truce|peace deal|signed (?:a |an )?(?:deal|accord|pact|memorandum)|accords?|reconciliation deal|prisoner (?:exchange|swap)|exchanged prisoners|released (?:\\w+ )?prisoners|hand(?:ed|ing) over (?:of )?prisoners|negotiat(?:ed|ions)', weight: 35 },
  { code: 'arrests', pattern: 'arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|apprehend(?:ed)?|taken into custody|rounded up|nabbed|held for questioning|raids? (?:and|to) arrest', weight: 42 },
  { code: 'change_to_group', pattern: 'defect(?:ed|ion|ions|s)?|merg(?:ed|er)|(?:new|joined) (?:group|alliance|coalition)|pledged allegiance|rebrand(?:ed)?|dissolv(?:ed|e)|disband(?:ed)?|curfew|lockdown|banned|closed (?:the )?(?:border|crossing)|deployed|deployment|reinforcements?|training|recruit(?:ed|ment|ing)|appointed|new leader|elected|resigned|sworn in|surrender(?:ed)?|laid down (?:their|his) arms|handed over (?:their|his) weapons', weight: 20 },
  { code: 'disrupted_weapons', pattern: 'defus(?:ed|ing)|dismantl(?:ed|ing)|(?:bomb|explosive|mine|device|IED)s? (?:was |were )?(?:found|discovered|neutrali[sz]ed|disposed)|(?:found|discovered|neutrali[sz]ed|seized|recovered) (?:a |an |the )?(?:bomb|explosive|IED|mine|device|weapons? cache|cache)|intercept(?:ed|ion)|shot down|downed (?:a |an |the )?(?:drone|aircraft|missile)|thwart(?:ed)?|foiled|bomb disposal|de-?mining|cleared (?:of )?mines', weight: 66 },
  { code: 'hq_established', pattern: '(?:established|set up|opened|built) (?:a |an |new )?(?:military )?(?:base|headquarters|HQ|outpost|post|camp|position)s?', weight: 48 },
  { code: 'looting', pattern: 'loot(?:ed|ing|ers)?|plunder(?:ed)?|ransack(?:ed)?|pillag(?:ed|ing)|torch(?:ed|ing)|set (?:on )?fire|set ablaze|burn(?:ed|t) (?:down )?(?:\\w+ )?(?:houses?|homes?|shops?|vehicles?|cars?|buildings?|property|crops?|school)|demolish(?:ed|ing)|razed|vandali[sz](?:ed|ing)|destroy(?:ed|ing) (?:\\w+ )?(?:houses?|homes?|property|shops?|crops?)|confiscat(?:ed|ion)|seiz(?:ed|ure) of (?:land|property)|bulldoz(?:ed|ing)', weight: 38 },
  { code: 'non_violent_transfer', pattern: 'withdr(?:ew|awn|awal) from|pulled out of|handed over (?:control|the town|the city|the area|positions?)|evacuat(?:ed|ion) (?:of )?(?:fighters|rebels|militants)|took over (?:without|after .{0,20} withdrew)|entered (?:the )?(?:town|city|village|area) (?:without|after)', weight: 46 },
];
