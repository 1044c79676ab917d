// ACLED's event taxonomy: 6 event types and 25 sub-event types, spelled as the ACLED Codebook (2023) spells them.
// Keys are our short codes, used by trigger tables and tests; values are what the contract outputs.

export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SUB_EVENT_TYPES = {
  armed_clash: { label: 'Armed clash', eventType: 'Battles' },
  gov_regains: { label: 'Government regains territory', eventType: 'Battles' },
  nsa_overtakes: { label: 'Non-state actor overtakes territory', eventType: 'Battles' },
  chemical: { label: 'Chemical weapon', eventType: 'Explosions/Remote violence' },
  air_strike: { label: 'Air/drone strike', eventType: 'Explosions/Remote violence' },
  suicide_bomb: { label: 'Suicide bomb', eventType: 'Explosions/Remote violence' },
  shelling: { label: 'Shelling/artillery/missile attack', eventType: 'Explosions/Remote violence' },
  ied: { label: 'Remote explosive/landmine/IED', eventType: 'Explosions/Remote violence' },
  grenade: { label: 'Grenade', eventType: 'Explosions/Remote violence' },
  sexual_violence: { label: 'Sexual violence', eventType: 'Violence against civilians' },
  attack: { label: 'Attack', eventType: 'Violence against civilians' },
  abduction: { label: 'Abduction/forced disappearance', eventType: 'Violence against civilians' },
  peaceful_protest: { label: 'Peaceful protest', eventType: 'Protests' },
  protest_intervention: { label: 'Protest with intervention', eventType: 'Protests' },
  excessive_force: { label: 'Excessive force against protesters', eventType: 'Protests' },
  violent_demonstration: { label: 'Violent demonstration', eventType: 'Riots' },
  mob_violence: { label: 'Mob violence', eventType: 'Riots' },
  agreement: { label: 'Agreement', eventType: 'Strategic developments' },
  arrests: { label: 'Arrests', eventType: 'Strategic developments' },
  change_to_group: { label: 'Change to group/activity', eventType: 'Strategic developments' },
  disrupted_weapons: { label: 'Disrupted weapons use', eventType: 'Strategic developments' },
  hq_established: { label: 'Headquarters or base established', eventType: 'Strategic developments' },
  looting: { label: 'Looting/property destruction', eventType: 'Strategic developments' },
  non_violent_transfer: { label: 'Non-violent transfer of territory', eventType: 'Strategic developments' },
  other: { label: 'Other', eventType: 'Strategic developments' },
} as const satisfies Record<string, { label: string; eventType: EventType }>;

export type SubEventCode = keyof typeof SUB_EVENT_TYPES;
export const SUB_EVENT_CODES = Object.keys(SUB_EVENT_TYPES) as SubEventCode[];
