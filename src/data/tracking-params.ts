// Query parameters that only track how a reader reached a page, never which page it is. Dropping them lets
// canonicalUrl() see that "story?utm_source=x" and "story?fbclid=y" are the same story.
// Sources: Google Analytics campaign parameters (utm_*), the click ids that ad platforms append
// (Facebook fbclid, Google gclid/dclid/gbraid/wbraid, Microsoft msclkid, Yandex yclid, TikTok ttclid,
// Twitter twclid, LinkedIn li_fat_id), Mailchimp (mc_cid, mc_eid), HubSpot (_hsenc, _hsmi, __hs*),
// Marketo (mkt_tok), Instagram (igshid), Adobe/Omniture (s_cid), and the share/referral markers that
// news sites commonly add (ref, ref_src, ref_url, smid, cmpid, ocid, ...). Compiled from general knowledge
// of these platforms' documented URL parameters. Deliberately absent: names a site may use to pick the page
// itself (id, p, page, source, src), since merging two different stories is worse than missing a duplicate.

/** Exact parameter names (compared lowercased). */
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'ttclid', 'twclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'si',
  '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 's_cid', '_ga', '_gl',
  'ref', 'ref_src', 'ref_url', 'referrer', 'smid', 'smtyp', 'cmpid', 'ocid', 'ncid', 'ito',
  'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  'share', 'shared', 'spm', 'sr_share', 'rss', 'cmp', 'xtor', 'wt.mc_id', 'wt_mc_id', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'rb_clickid', '__s',
];

/** Parameter name prefixes (compared lowercased): whole families of campaign parameters. */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', '__hs', 'pk_', 'mtm_', 'hmb_', 'fb_action_'];
