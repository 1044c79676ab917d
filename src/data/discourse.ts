// Discourse cues that decide how an article's sentences group into incidents. Written from general
// news-writing conventions: wire stories lead with the main event, then add related events ("Meanwhile",
// "In a separate attack") and background ("The war has killed more than 350,000 people since 2011").

/** At the start of a sentence (or clause), these open a different incident. */
export const NEW_INCIDENT_CUES =
  '(?:meanwhile|elsewhere|separately|in (?:a |another )?separate (?:attack|incident|development|strike|raid|bombing)|in another (?:attack|incident|development|strike|raid|bombing|part)|in (?:a )?related (?:development|attack|incident)|on the other hand|also on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|another (?:attack|strike|blast|bombing|explosion|incident|raid)|a separate (?:attack|strike|blast|bombing|explosion|incident|raid)|a second (?:attack|strike|blast|bombing|explosion|car bomb|incident)|in (?:retaliation|response|revenge)|retaliat\\w*|in a (?:counter-?attack|counter-?offensive))';

/**
 * Sentences that tell history or running totals rather than a new event. Their tolls are kept out of the
 * incident's casualties (a war's cumulative toll is not this attack's toll).
 */
export const BACKGROUND_CUES =
  '(?:since (?:the )?(?:start|beginning|outbreak|onset|eruption)|since (?:19|20)\\d\\d|since (?:january|february|march|april|may|june|july|august|september|october|november|december)(?: (?:19|20)\\d\\d)?|since then|since last (?:year|month)|(?:civil )?war (?:has|have|had|began|started|erupted|broke out)|conflict (?:has|have|had|began|started|erupted|broke out)|(?:uprising|revolt|revolution|crisis|insurgency) (?:began|started|erupted|broke out|has|have)|over the (?:past|last) (?:\\w+ )?(?:year|years|months|decade|weeks)|in (?:the )?(?:past|previous|recent) (?:\\w+ )?(?:year|years|months|decade|weeks)|in recent (?:months|years|weeks|days)|so far this (?:year|month)|this year alone|earlier this (?:year|month)|last (?:year|month)|years ago|months ago|in (?:19|20)\\d\\d|has documented|have documented|documented the (?:killing|death)s?|in total|altogether|cumulative|the deadliest (?:since|in)|since it began|has killed (?:more than |over |at least |about |some |nearly )?[\\d,.]+(?: million)?|have killed (?:more than |over |at least |about |some |nearly )?[\\d,.]+(?: million)?|has claimed (?:the lives of )?(?:more than |over |at least |about |some |nearly )?[\\d,.]+|have been killed since|had been killed since|were killed since|previously|in the past|has (?:targeted|hit|struck|attacked)|have (?:targeted|hit|struck|attacked|held|controlled)|has held|had held|has controlled|had controlled|have been held)';
