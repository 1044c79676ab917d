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
  '(?:since (?:the )?(?:start|beginning|outbreak|onset|eruption)|since (?:19|20)\\d\\d|since (?:january|february|march|april|may|june|july|august|september|october|november|december)(?: (?:19|20)\\d\\d)?|since then|since last (?:year|month)|(?:civil )?war (?:has|have|had|began|started|erupted|broke out)|(?:war|conflict|uprising|insurgency|fighting) in (?:\\w+ ){1,3}?(?:has|have|had) (?:left|killed|claimed|displaced)|(?:has|have|had) left (?:an estimated |more than |over |at least |about |some |nearly |almost |around )?(?:\\d{3,}|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)? (?:thousand|million)|(?:hundreds|thousands|tens of thousands) of)(?: \\w+)? (?:dead|killed|people dead)|conflict (?:has|have|had|began|started|erupted|broke out)|(?:uprising|revolt|revolution|crisis|insurgency) (?:began|started|erupted|broke out|has|have)|over the (?:past|last) (?:\\w+ )?(?:year|years|months|decade|weeks)|in (?:the )?(?:past|previous|recent) (?:\\w+ )?(?:year|years|months|decade|weeks)|in recent (?:months|years|weeks|days)|so far this (?:year|month)|this year alone|earlier this (?:year|month)|last (?:year|month)|years ago|months ago|in (?:19|20)\\d\\d|has documented|have documented|documented the (?:killing|death)s?|cumulative|the deadliest (?:since|in)|since it began|(?:has|have|had) (?:killed|claimed the lives of|claimed) (?:more than |over |at least |about |some |nearly |almost |around )?(?:\\d{3,}|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)? (?:thousand|million)|(?:hundreds|thousands|tens of thousands) of)|(?:more than |over |at least |about |some |nearly |almost |around )?(?:\\d{3,}|\\d{1,3}(?:,\\d{3})+)(?: people| civilians| syrians| iraqis| afghans| yemenis| palestinians)? (?:have|had) (?:been killed|died|lost their lives|perished)|have been killed since|had been killed since|were killed since|(?:in|during|of|throughout) (?:the |(?:syria|syrias|syria\'s|iraq|iraqs|iraq\'s|yemen|yemens|yemen\'s|afghanistan|afghanistans|afghanistan\'s|the country|the countrys|the country\'s)\\s+)?(?:\\w+[- ]year[- ](?:old |long )?|ongoing |bloody |brutal |devastating )?(?:civil )?(?:war|conflict|uprising|revolt|crisis|revolution)\\b|previously|in the past|have (?:held|controlled)|has held|had held|has controlled|had controlled|have been held)';

/**
 * Web-page furniture that scrapes leave inside the text: after these words come other stories' headlines
 * ("Related: 43 civilians dead in bombardment..."), not this story.
 */
export const OTHER_STORIES_CUES = '(?:Related(?: (?:articles?|stories|news|content|posts?|coverage))?|Read more|Read also|See also|More on this(?: story)?|Recommended|Most read|Trending)';
