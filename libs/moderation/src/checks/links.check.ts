import { parse as parseHost } from 'tldts';
import { NormalizedText } from '../normalize';
import { Evidence } from '../types';
import { Check, CheckContext, originalEvidence, result } from './check';

// Outside links and off-site contact. Runs on a same-length "link view" of the ORIGINAL text
// (lower-cased code unit by code unit, full-width dots and at-signs mapped to ASCII), so spans
// need no map and Cyrillic/IDN domains keep their real letters.

/** TLDs that make a bare or spaced-out "name.tld" a link on their own. */
const STRONG_TLDS = new Set(
  ('com net org info biz ru cn io co uk de fr nl eu ua pl br jp kr au ca ch es se ly gl gd tk ml ga cf gq pw cc tv ws su ir pk bd lk np ng ke za ' +
    'xyz top site online club shop store blog tech space website vip icu buzz link click live news pro mobi asia tel name us in ' +
    'рф укр срб бел қаз').split(' '),
);
/** Country codes that are English words or common file extensions: need more than "name.tld". */
const WEAK_TLDS = new Set('it is at to me no so be am go do my by as an on or if la st id im sh md rs py pl zip mov app dev one now fun win life love best world today page team work art'.split(' '));
/** Spelled-out "dot" needs an unmistakable TLD: "the dot in", "a dot co" are prose. */
// "ke" (Kenya) is also the Hinglish postposition: "dot ke baad space do".
const SPELLED_WEAK = new Set('in us co de es se ca ch pl ml ga ws su tel name pro live news link click top ke'.split(' '));
const SHORTENERS = new Set('bit.ly tinyurl.com goo.gl t.co ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at tiny.cc rb.gy bl.ink lnkd.in s.id t.ly v.gd'.split(' '));
const MESSENGER_HOSTS = /^(?:t\.me|telegram\.(?:me|dog)|wa\.me|chat\.whatsapp\.com|api\.whatsapp\.com|discord\.gg|discord\.com|snapchat\.com|m\.me|signal\.me|line\.me|kik\.me|viber\.com)$/;

// Marks inside a label: Devanagari and the other Indian scripts write vowels as combining signs ("नौकरी").
const L = '[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?';
const SEP = '(?:[ \\t]{0,3}(?:\\.|\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\}|<dot>)[ \\t]{0,3}|[ \\t]{1,3}(?:dot|d\\.o\\.t|डॉट|डोट)[ \\t]{1,3}|[ \\t]{0,3}\\(?\\s?d0t\\s?\\)?[ \\t]{0,3})';
const SCHEME = '(?:https?|hxxps?|h\\*\\*ps?|h\\[tt\\]ps?|ftp|hxxp)[ \\t]{0,2}(?::|\\[:\\])[ \\t]{0,2}\\/[ \\t]{0,2}\\/[ \\t]{0,2}';
const PATH = '(?:[:/?#][^\\s<>"\'\\])]*)?';
const DOMAIN_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_@.-])(${SCHEME})?((?:(?:www\\d?|w[ \\t]{1,2}w[ \\t]{1,2}w)${SEP})?(?:${L}${SEP}){1,6}${L})(?![\\p{L}\\p{M}\\p{N}-])(${PATH})`, 'gu');
const EMAIL_RE = new RegExp(`[\\p{L}\\p{N}._%+-]{1,64}[ \\t]{0,2}@[ \\t]{0,2}((?:${L}${SEP}){1,5}${L})(?![\\p{L}\\p{N}-])`, 'gu');
const SPELLED_EMAIL_RE = new RegExp(`[\\p{L}\\p{N}_%+-]{1,64}[ \\t]{0,2}(?:\\[at\\]|\\(at\\)|\\{at\\}| at )[ \\t]{0,2}((?:${L}${SEP}){1,5}${L})(?![\\p{L}\\p{N}-])`, 'gu');
const ANCHOR_RE = /<a\b[^>]{0,300}?href\s*=\s*["']?([^"'\s>]{1,500})/g;

/** Whether `v` has at least `min` ASCII digits (a phone number needs ten, even when they are spaced out). */
function hasDigits(v: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= min) return true;
  }
  return false;
}

/** Digits that count up or down by one ("1 2 3 4 5 6 7 8 9 0" read as a countdown), not a number. */
function countsBy1(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const d = (Number(digits[i]) - Number(digits[i - 1]) + 10) % 10;
    if (d !== 1) up = false;
    if (d !== 9) down = false;
  }
  return up || down;
}

/** Words that ask to be contacted, just before or after a number. */
// "no." / "mob." / "ph." written with their abbreviation dot ("WhatsApp no. 98 76 54 32 10").
const CONTACT_BEFORE = /\b(?:call|calls|contact|whats ?app|wa|msg|message|dm|ping|text|sms|number|no|mob|mobile|ph|phone|reach|dial|ring|telegram|signal)\b(?:(?<=\b(?:no|mob|ph))\.)?[^.!?\n\d]{0,25}$/;
const CONTACT_AFTER = /^[^.!?\n\d]{0,12}\b(?:whats ?app|telegram|signal|call|sms|text|dm)\b/;
function contactAround(v: string, start: number, end: number): boolean {
  return CONTACT_BEFORE.test(v.slice(Math.max(0, start - 40), start)) || CONTACT_AFTER.test(v.slice(end, end + 30));
}

// " - " between digit groups counts ("9 8 7 6 5 - 4 3 2 1 0").
const PHONE_RE = /(?<![\w.,/])(?:\+|00)?\d(?:(?:[ .\-()]{0,2}| - )\d){8,14}(?!\w|,\d)/g;
const MESSENGER_RE =
  /\b(?:telegram|tg|whats ?app|wa|signal|snap(?:chat)?|insta(?:gram)?|ig|kik|wechat|viber|discord|skype|line id)\s*(?:id|handle|user(?:name)?|me|no|number|acc(?:ount)?|(channel|group|page|profile))?\s*(?:is|at|on|:|-|=)?\s*((?:@ ?)?[a-z0-9_][a-z0-9_.]{2,31})|@([a-z0-9_][a-z0-9_.]{3,31})\s+(?:on|at|via|in)\s+(?:telegram|tg|whats ?app|signal|snap(?:chat)?|insta(?:gram)?|ig|kik|wechat|viber|discord|skype)\b/g;
// Also with the verb and no postposition: "Telegram search karo: @sarkari_updates", "insta follow karo @x".
const MESSENGER_HI_RE = /\b(?:telegram|tg|whats ?app|signal|snap(?:chat)?|insta(?:gram)?|ig|discord)\s+(?:(?:pe|par|per)\s*(?:(?:follow|join|add|msg|message|dm|contact|search)\s+(?:karo|kro|karein|kijiye|kare)\s*)?|(?:follow|join|add|msg|message|dm|contact|search)\s+(?:karo|kro|karein|kijiye|kare)\s*)[:-]?\s*(@[a-z0-9_][a-z0-9_.]{2,31})/g;
// "username is @x", "handle: x_07" in a comment that names a messenger.
const HANDLE_IS_RE = /\b(?:user ?name|handle)\s*(?:is|:|=|-)\s*(@?[a-z0-9_][a-z0-9_.]{2,31})/g;
// A domain written one character at a time ("w w w . c r y p t o . c o m"): single letters or
// digits, each followed by one or two spaces, with at least one dot among them.
const SPACED_DOMAIN_RE = /(?<![\p{L}\p{N}])(?:[a-z0-9](?: {1,2}(?:\.|dot))? {1,2}){4,}[a-z0-9](?![\p{L}\p{N}])/gu;
// Domains written with spaces or commas for dots, which the domain expression does not read (a space
// between two words is no dot): after "www" ("www,jobsdaily,in", "www jobsdaily com"), before a path
// ("chat whatsapp com / invite / X", "imgur com slash a slash 8xk2"), or with a leet TLD ("prizes . c0m").
const LOOSE_LABEL = '[a-z0-9][a-z0-9-]{0,30}[a-z0-9]';
const LOOSE_DOMAIN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@.])(?:(www)[ ,]{1,2}((?:${LOOSE_LABEL}[ ,]{1,2}){1,3}(?:com|in|org|net|co|info|xyz|c0m))\\b|((?:${LOOSE_LABEL} {1,2}){1,3}(?:com|org|net|info|xyz|c0m))(?: {0,2}\\/ {0,2}| {1,2}slash {1,2})[a-z0-9]|((?:${LOOSE_LABEL} {0,2}\\. {0,2}){1,3}c0m)\\b)`,
  'gu',
);
// A domain with its dots and its slash spelled out ("desivideos dot in slash viral"): the spelled slash
// is the path that a weak spelled suffix ("dot in") needs.
const SPELLED_SLASH_RE = new RegExp(`(?<![\\p{L}\\p{N}@.])((?:${LOOSE_LABEL} {1,2}dot {1,2}){1,3}[a-z]{2,6}) {1,2}slash {1,2}[a-z0-9][a-z0-9_-]*`, 'gu');
// A phone number spelled out in words ("nine eight seven six ..."), as in "WhatsApp me on ...".
// Hindi number words too ("nau aath saat chhe ..."); the short ones ("do", "ek") only count inside a run.
const NUMBER_WORDS: Record<string, string> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  shunya: '0', shoonya: '0', sunya: '0', ek: '1', do: '2', teen: '3', char: '4', chaar: '4', panch: '5', paanch: '5', paach: '5',
  chhe: '6', chhah: '6', chah: '6', che: '6', cheh: '6', saat: '7', aath: '8', nau: '9',
};
const TENS_WORDS: Record<string, string> = { twenty: '2', thirty: '3', forty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9' };
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|shunya|shoonya|sunya|ek|do|teen|chaar|char|paanch|panch|paach|chhe|chhah|chah|cheh|che|saat|aath|nau)';
const SPELLED_PHONE_RE = new RegExp(`\\b(?:(?:${DIGIT_WORD}|double|triple|\\d{1,10})[ ,.-]{1,3}){2,}(?:${DIGIT_WORD}|\\d{1,10})\\b`, 'g');
const SPELLED_GATE =
  /(?:zero|one|two|three|four|five|six|seven|eight|nine|ty|nau|aath|saat|chhe|paanch|panch|chaar|teen|shunya)[ ,.-]{1,3}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|double|triple|nau|aath|saat|chhe|chhah|chah|cheh|che|paanch|panch|paach|chaar|char|teen|do|ek|shunya|sunya|shoonya)/;
/** "call me", "whatsapp us", "my number" just before a run of digits. */
const CONTACT_ME = /\b(?:(?:call|whats ?app|text|msg|message|contact|dm|ping|sms|reach|ring|dial) (?:me|us)|number|mob(?:ile)?|phone|ph)\b[^.!?\n\d]{0,15}$|\b(?:call|dial|contact|whats ?app|sms|msg)[ \t]*(?:on|at)?[ \t]*:?[ \t]*$|\b(?:whats ?app|wa|call|contact|mobile|mob|phone|ph|cell|telegram) ?(?:no|num|nos|number)\.?[ \t]*[:=-]?[ \t]*$/;

/** Digits of a spelled-out run: number words, "double" / "triple", tens ("ninety eight" = 98) and digit groups. */
function spelledDigits(run: string): { digits: string; words: number; groups: number } {
  let digits = '';
  let repeat = 1;
  let words = 0;
  let groups = 0;
  const parts = run.split(/[ ,.-]+/);
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i];
    if (w === 'double') repeat = 2;
    else if (w === 'triple') repeat = 3;
    else {
      let d: string;
      if (TENS_WORDS[w] !== undefined) {
        words++;
        const unit = NUMBER_WORDS[parts[i + 1]];
        if (unit !== undefined && unit !== '0' && parts[i + 1] !== 'oh') {
          d = TENS_WORDS[w] + unit;
          i++;
          words++;
        } else d = TENS_WORDS[w] + '0';
      } else if (NUMBER_WORDS[w] !== undefined) {
        words++;
        d = NUMBER_WORDS[w];
      } else {
        groups++;
        d = w;
      }
      digits += repeat > 1 ? d[0].repeat(repeat) + d.slice(1) : d;
      repeat = 1;
    }
  }
  return { digits, words, groups };
}

// A phone number with letters for digits ("9876O43210", "98765 4321l"): o for 0, l / i for 1.
const LETTER_PHONE_RE = /(?<![\w.,/])(?:\+|00)?[0-9oli](?:[ .\-]{0,2}[0-9oli]){9,13}(?![\w])/g;
// A domain whose suffix is spelled out letter by letter ("rechargefree.c o m", "easycash dot n e t").
const SPACED_TLD_RE = /(?<![\p{L}\p{N}@.])([a-z0-9][a-z0-9-]{1,30}[a-z0-9]) {0,2}(?:\.|dot) {0,2}(c o m|n e t|o r g|x y z)(?![\p{L}\p{N}])/gu;
// Domains with a comma for the dot ("go to example,com", "jobs,co,in"): a comma never sits between a
// word and "com" in prose.
const COMMA_DOMAIN_RE = /(?<![\p{L}\p{N}@.,-])([a-z0-9][a-z0-9-]{1,30}[a-z0-9])((?:,(?:co|org|gov|net|ac))?,(?:com|net|org|info|xyz|in))(?![\p{L}\p{N}])/gu;
// Web-mail addresses without their domain's suffix ("rahul.s1990@gmail", "rahul1990 at gmail") or
// given after "my gmail is": the local part must look like one (a digit, a dot or an underscore).
const WEBMAIL = '(?:g ?mail|yahoo|ymail|hotmail|outlook|rediff(?:mail)?|proton(?:mail)?|icloud)';
const WEBMAIL_AT_RE = new RegExp(`(?<![\\w.])([a-z0-9][a-z0-9._%+-]{1,63})[ \\t]{0,2}(?:@|\\[at\\]|\\(at\\)| at )[ \\t]{0,2}${WEBMAIL}\\b`, 'g');
const WEBMAIL_IS_RE = new RegExp(`\\b(?:${WEBMAIL}|e-?mail|mail)(?: ?id| address| account)?[ \\t]*(?:is|:|-|=|h|hai)[ \\t]*([a-z][a-z0-9._-]{2,40}[a-z0-9])`, 'g');
// Spam that points the reader to a profile, a search or a referral code instead of a link.
// Alone: "link in (my) bio", "profile pe link hai", "use my code RAHUL50".
const SOLICIT_STRONG_RE =
  /\blinks? (?:is |are )?(?:in|on) (?:my |the |our )?(?:bio|profile)\b|\bmy (?:bio|profile) for (?:the |my |more |a )?(?:links?|number|contact|details)\b|\b(?:bio|profile|dp) (?:pe|par|per|me|mein|mai|main) (?:link|number|no\.?|contact)\b|\b(?:details|info|more info|number|contact|contact details|price list) (?:is |are )?(?:in|on) my (?:bio|profile)\b|\b(?:check out|visit|subscribe to|subscribe|join|follow) my (?:youtube |yt |telegram )?channel\b|\bmy (?:youtube|yt|telegram) channel\b|\b(?:referral|refer|promo|invite|invitation|coupon) code\s?[:=-]\s?["'\u2018\u201c]?[a-z]*\d[a-z0-9]*|\b(?:use|apply|enter) (?:my |this |the |our )?(?:referral |refer |promo |invite |invitation |coupon |bonus )?code[ :-]{1,3}["'\u2018\u201c]?[a-z]*\d[a-z0-9]*/g;
// With a lure only: "check my profile", "DM me", "search 'X' on google", "subscribe to my channel".
const SOLICIT_WEAK_RE =
  /\b(?:check|see|visit|open|view|click)(?: out)? (?:my|mine) (?:profile|bio|channel|page|dp|account|posts?|story|stories|videos?|link)\b|\b(?:dm|inbox|message|msg|ping|text|whatsapp|hmu|contact) (?:me|us)\b|\b(?:dm|inbox|msg|message|whatsapp|contact|call|ping) karo\b|\b(?:profile|bio|channel) (?:check karo|dekho|dekhiye|visit karo)\b|\bsearch (?:for )?["'\u2018\u201c]?[^"'\u2019\u201d\n]{2,40}?["'\u2019\u201d]? (?:on|in|at) (?:google|youtube|yt|play ?store|app ?store|telegram|insta(?:gram)?|facebook|fb)\b|\b(?:subscribe|join)(?: to)? (?:my|our) (?:channel|group|page)\b|\b(?:google|youtube|yt|play ?store) (?:karo|kro|karein|kariye)\b|\b(?:google|youtube|yt|play ?store|telegram|insta) (?:pe|par|me|mein) (?:search|dhundo|dekho)\b|\bsearch (?:karo|kro|karein)\b/g;
const SEARCH_HANDLE_RE = /\bsearch (?:for )?["'\u2018\u201c]?@?([a-z0-9_.]{3,32})["'\u2019\u201d]? (?:on|in) (?:telegram|tg|insta(?:gram)?|snap(?:chat)?|whats ?app|discord|signal)\b/g;
/** Necessary for the web-mail passes, SOLICIT_STRONG_RE and SOLICIT_WEAK_RE: one scan for all. */
const TRIGGERS = /bio|profile|dp|channel|code| (?:me|us|my|mine|our)\b|kar|kro|search|dekh|dhund|mail|yahoo|outlook|icloud|rediff|proton/;
/** Every alternative of SOLICIT_WEAK_RE contains one of these. */
const WEAK_NEEDS = / (?:me|us|my|mine|our)\b|kar|kro|search|dekh|dhund/;
const SPAM_LURE_RE =
  /\bearn(?:ing|ings|s)?\b[^.!?\n]{0,30}?(?:\$|₹|\brs\b|\binr\b|\d+ ?k\b|\d{3,}|\bdaily\b|\bper day\b|\ba day\b|\bweekly\b|\bper (?:week|month)\b|\ba month\b|\bmonthly\b|\bfrom home\b|\bonline\b|\bfast\b|\bquick(?:ly)?\b|\beasy\b|\bextra\b)|\$\$|₹₹|\bfree (?:iphone|phone|mobile|recharge|gifts?|money|cash|prizes?|netflix|data|laptop|bitcoin|followers|likes|coins|vouchers?)\b|\b(?:work|earn|jobs?) from home\b|\bghar (?:baithe|bethe|baith ke)\b|\bpais[ae] kama|\bkama(?:o|ao|yein|ye|en|ne|na)\b|\bpassive income\b|\b(?:make|making|earn|earning) (?:easy |quick |real |extra )?money\b|\beasy money\b|\bdouble your money\b|\bsure ?shot\b|\b100 ?% (?:guaranteed|profit|sure|returns?|genuine|free)\b|\bjackpot\b|\binstant (?:loans?|cash|money|credit)\b|\blimited offer\b|\bsign ?up bonus\b|\b(?:daily|monthly|weekly) income\b|\bper day income\b|\bpart ?time jobs?\b|\b(?:made|making|earned|kamaye?|kamata|kamati) (?:₹|rs\.? ?|\$)?\d[\d,]*\s?(?:k|lakhs?|thousand|crores?)?\b[^.!?\n]{0,20}\b(?:from home|daily|a day|per day|a week|this week|a month|this month|online)\b|\broz (?:ke )?(?:₹|rs\.? ?)?\d{3,}/;

// A handle after a request to be contacted ("contact me on insta rahul_sharma_07"): no "@" needed.
const CONTACT_VERB_BEFORE = /\b(?:contact|follow|dm|message|msg|ping|add|find|reach|text|join|hmu)(?: (?:me|us))?(?: (?:on|at|via|in))? ?$/;
const CONTACT_VERB = /\b(?:contact|follow|dm|message|msg|ping|add|find|reach|text|join|hmu)\b/;
// Short messenger / shortener hosts with a space for the dot, before a path ("t me/earnfast", "wa me/9198...").
const SPACED_SHORT_HOST_RE = /(?<![\w'\u2019.])(t|wa|bit|discord|cutt)[ ,]{1,2}(me|ly|gg)[ \t]{0,2}\/[ \t]{0,2}[a-z0-9_+-]{3,}/g;
const SHORT_HOST_PAIRS = new Set(['t.me', 'wa.me', 'bit.ly', 'discord.gg', 'cutt.ly']);

// A page or channel on a social network written as its path ("on FB: /realnewsindia", "YouTube: /c/TruthKhabar").
const SOCIAL_PATH_RE =
  /\b(?:fb|facebook|youtube|yt|insta(?:gram)?|ig|twitter|tiktok|linkedin|sharechat|koo|threads)\b(?: (?:page|channel|account|id|handle|profile))?(?:[ \t]*[:=-][ \t]*|[ \t]+)\/[ \t]?((?:c\/|channel\/|user\/|in\/|@)?[a-z0-9_.]{3,40})/g;
const SOCIAL_NAMES = new Set('fb facebook youtube yt insta instagram ig twitter tiktok linkedin sharechat koo threads x whatsapp telegram'.split(' '));

const MESSENGER_STOP = new Set('and the for with you your me is a an to of in on at it this that if group channel app call chat now or are was be not but so just'.split(' '));

// Cheap pre-tests: most comments have no dot between two word characters, no spaced-out TLD,
// no defanged dot and no scheme, and then the domain expression never runs.
const DOMAIN_PREFILTER = new RegExp(`[\\p{L}\\p{N}]\\.[\\p{L}\\p{N}]|[.\\s](?:${[...STRONG_TLDS].join('|')})\\b|\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\bdot\\b|डॉट|डोट|d0t|:\\s*/\\s*/|\\[dot\\]|<dot>|\\s\\.\\s|\\.\\s{1,3}[\\p{L}\\p{N}]{2,}/`, 'u');
/** Necessary for EMAIL_RE: an "@" followed by a label and a separator (cheap: it scans for "@"). */
const AFTER_AT = new RegExp(`@[ \\t]{0,2}[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,62}${SEP}[\\p{L}\\p{N}]`, 'u');
const SOCIAL_HI_GATE = /\b(?:twitter|fb|facebook|youtube|yt|koo|sharechat)\s+(?:pe|par|per)\b/;
const SOCIAL_HI_RE =
  /\b(?:twitter|fb|facebook|youtube|yt|koo|sharechat)\s+(?:pe|par|per)\s+(?:follow|subscribe|join|add|msg|message|dm|contact)\s+(?:karo|kro|karein|kijiye|kare|karna)\s*:?\s*(@[a-z0-9_][a-z0-9_.]{2,31})/g;
const SOCIAL_FOLLOW_GATE = /\b(?:twitter|x|facebook|fb|youtube|yt|threads|koo|sharechat|linkedin|tiktok|moj)\b/;
const SOCIAL_FOLLOW_RE =
  /\b(?:follow|dm|message|msg|join|subscribe|add|ping|contact|find)(?: (?:me|us|to))?(?: (?:on|at|in))? (?:twitter|x|facebook|fb|youtube|yt|threads|koo|sharechat|linkedin|tiktok|moj)\s*[:=-]?\s*(@[a-z0-9_][a-z0-9_.]{2,31})/g;
const SOCIAL_GATE = /\b(?:fb|facebook|youtube|yt|insta|instagram|ig|twitter|tiktok|linkedin|sharechat|koo|threads)\b[^/\n]{0,12}\//;
const MESSENGER_PREFILTER = /\b(?:telegram|tg|whats ?app|wa|signal|snap|snapchat|insta|instagram|ig|kik|wechat|viber|discord|skype|line)\b/;

/** Middle dots and bullets written for the dot of a domain ("example·com", "shop•in"). */
export function isDotLike(code: number): boolean {
  // Also the hyphenation point "‧", the Greek ano teleia "·", the word-separator middle dot and the Z notation spot.
  return code === 0xb7 || code === 0x2022 || code === 0x2219 || code === 0x22c5 || code === 0x30fb || code === 0x2027 || code === 0x0387 || code === 0x2e31 || code === 0x2981;
}

/** Devanagari and the other Indian scripts' digits, and Arabic-Indic ones: their value, or -1. */
export function indicDigit(code: number): number {
  for (const z of INDIC_ZEROS) if (code >= z && code <= z + 9) return code - z;
  return -1;
}
const INDIC_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66];

/** The digit of a circled digit ("①", "⓪", "❶", "➀"), or -1. */
export function circledDigit(code: number): number {
  if (code >= 0x2460 && code <= 0x2468) return code - 0x245f;
  if (code >= 0x2776 && code <= 0x277e) return code - 0x2775;
  if (code >= 0x2780 && code <= 0x2788) return code - 0x277f;
  if (code >= 0x278a && code <= 0x2792) return code - 0x2789;
  if (code === 0x24ea || code === 0x24ff) return 0;
  return -1;
}

/** Link-view code unit of one non-ASCII code unit (see linkView). */
function linkViewCode(code: number): number {
  const c = String.fromCharCode(code);
  if (c === '．' || c === '。' || c === '｡' || c === '․' || isDotLike(code)) return 0x2e;
  const nd = indicDigit(code);
  if (nd >= 0) return 0x30 + nd;
  // Hyphens and dashes typed inside numbers ("98115‑43270" with a non-breaking hyphen).
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) return 0x2d;
  if (c === '＠') return 0x40;
  if (c === '／') return 0x2f;
  if (c === '：') return 0x3a;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase().charCodeAt(0);
  if (/\s/.test(c)) return 0x20;
  if (code >= 0x200b && code <= 0x200d) return 0x20;
  // Keycap digits ("9️⃣" is "9", VS16, U+20E3): the two marks become spaces, leaving spaced digits.
  if (code === 0xfe0f || code === 0x20e3) return 0x20;
  const digit = circledDigit(code);
  if (digit >= 0) return 0x30 + digit;
  const l = c.toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : code;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
let viewTable: Uint16Array | undefined;
let viewCodes = new Uint16Array(1024);

/**
 * Same length as `original`: ASCII lower-cased, full-width dots/at/slash/colon/digits to ASCII, spaces,
 * zero-width spaces and the keycap marks to ' ', circled digits to ASCII digits.
 */
export function linkView(original: string): string {
  if (ASCII_ONLY.test(original)) return original.toLowerCase();
  if (!viewTable) {
    viewTable = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) viewTable[c] = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : linkViewCode(c);
  }
  const n = original.length;
  if (viewCodes.length < n) viewCodes = new Uint16Array(n * 2);
  for (let i = 0; i < n; i++) viewCodes[i] = viewTable[original.charCodeAt(i)];
  return Buffer.from(viewCodes.buffer, viewCodes.byteOffset, n * 2).toString('utf16le');
}

export interface LinkHit {
  start: number;
  end: number;
  host: string;
  kind: 'url' | 'domain' | 'obfuscated' | 'shortener' | 'email' | 'phone' | 'messenger' | 'anchor' | 'spam';
}

function hostOf(raw: string): string {
  return raw
    .replace(/\[dot\]|\(dot\)|\{dot\}|<dot>|\(?\s?d0t\s?\)?|\s+dot\s+|\s+d\.o\.t\s+|\s+(?:डॉट|डोट)\s+/g, '.')
    .replace(/[[\](){}\s]/g, '')
    .replace(/\.+/g, '.')
    .replace(/^www\d?\./, 'www.');
}

function allowed(host: string, allow: string[]): boolean {
  const h = host.replace(/^www\d?\./, '').replace(/\.$/, '');
  for (const d of allow) {
    const dd = d.replace(/^\*\./, '').replace(/^www\./, '');
    if (h === dd || h.endsWith('.' + dd)) return true;
  }
  return false;
}

const INDIC_LABEL = /[\u0900-\u0dff]/;
/** Abbreviations longer than four letters written with a full stop. */
const ABBREVIATIONS = new Set('approx compl mgmt assoc intl estd admin'.split(' '));
const STOP_LABEL = new Set('the a an this that of in on to and or for at by with from is was it its my your our their his her'.split(' '));
/** Software named like a domain ("ASP.NET", "VB.NET"), "the dot.com bubble": a link only with a scheme, www or a path. */
const TECH_NAMES = new Set(['asp.net', 'vb.net', 'ado.net', 'dot.com']); // and "the dot.com bubble"
const TITLE_OK = new Set('com net org info biz ru xyz'.split(' '));

/** Decides whether a domain-shaped candidate is a link; see the rules inline. */
function judgeDomain(original: string, v: string, start: number, whole: string, scheme: string | undefined, hostRaw: string, path: string): 'reject' | { host: string; kind: LinkHit['kind'] } {
  void v;
  const host = hostOf(hostRaw);
  const labels = host.split('.');
  const tld = labels[labels.length - 1];
  const bareHost = host.replace(/^www\d?\./, '');
  const obfuscated = /[\s[\](){}<>]|dot|d0t|डॉट|डोट/.test(hostRaw) || (!!scheme && /hxx|\*|\[/.test(scheme));
  const hasPath = /^[/:]./.test(path);
  if (/^\d+$/.test(tld)) {
    // IPv4 only with a scheme, a port or a path ("3.5", "1.2.3.4" versions stay quiet).
    const ip = labels.length === 4 && labels.every((x) => /^\d{1,3}$/.test(x) && Number(x) < 256);
    return ip && (scheme || hasPath) ? { host, kind: 'url' } : 'reject';
  }
  const kindOf = (): LinkHit['kind'] =>
    MESSENGER_HOSTS.test(bareHost) ? 'messenger' : SHORTENERS.has(bareHost) ? 'shortener' : obfuscated ? 'obfuscated' : scheme ? 'url' : 'domain';
  // A scheme makes it a URL whatever the host looks like (truncated "http://t.c…" included).
  if (scheme && /^h/.test(scheme)) return { host, kind: kindOf() };
  const wwwOrScheme = /^www\d?\./.test(host) || !!scheme;
  // "sentence.It was", "Dr.Smith": Title-case after the dot is a missing space, not a domain.
  // Tested before the (costlier) host parse: without www or a scheme it rejects whatever that gives.
  const titleAfterDot = (): boolean => {
    const lastOrig = original.slice(start, start + whole.length).split(/\s*(?:\.|\[\.\]|\(\.\)|dot|डॉट|डोट)\s*/i).pop() ?? '';
    const tldOrig = lastOrig.replace(/[^\p{L}\p{N}].*$/u, '');
    return /^\p{Lu}\p{Ll}/u.test(tldOrig) && !TITLE_OK.has(tld);
  };
  if (!wwwOrScheme && titleAfterDot()) return 'reject';
  // Indian-script words joined by a dot ("बी.कॉम", B.Com; "है.भारत", a missing space) are prose unless
  // www, a scheme or a path says link ("www.नौकरी.भारत").
  if (!wwwOrScheme && !hasPath && INDIC_LABEL.test(tld)) return 'reject';
  const p = parseHost(bareHost || host);
  if (!p.isIcann || !p.domain) return 'reject';
  if (wwwOrScheme) return { host, kind: kindOf() };
  const known = SHORTENERS.has(bareHost) || MESSENGER_HOSTS.test(bareHost);
  if (TECH_NAMES.has(host) && !hasPath) return 'reject';
  if (!hasPath && !known) {
    // Degrees: "B.Com", "M.Com" (Bachelor / Master of Commerce), common in Indian comments.
    if (labels.length === 2 && tld === 'com' && (labels[0] === 'b' || labels[0] === 'm')) return 'reject';
    // Initials before a word: "M.C.A. ke baad", "U.S. in" ("ke", "in" are country codes).
    if (labels.length >= 3 && labels.slice(0, -1).every((l) => l.length === 1)) return 'reject';
  } // "built with ASP.NET", "the dot.com bubble"
  if (obfuscated) {
    // "is . gd/abc" (a shortener whose name is a stop word), not "it is . gd".
    if (known && (hasPath || !STOP_LABEL.has(labels[0]))) return { host, kind: kindOf() };
    if (STOP_LABEL.has(labels[0])) return 'reject'; // "the .com bubble"
    if (hasPath) return { host, kind: kindOf() };
    // A two-label public suffix spelled out ("site dot co dot in", "gov dot uk") is no prose accident.
    const suffix2 = (p.publicSuffix ?? '').includes('.');
    if (!STRONG_TLDS.has(tld) && !suffix2) return 'reject';
    // An abbreviation's full stop before a word that is also a suffix ("Rs.300 cr. in a week", "approx. in",
    // "govt. us"): dots with a space after them and none before, short labels before the suffix.
    // Also a run of them ("Ltd. cos. in the S&P").
    if (labels.length <= 3 && SPELLED_WEAK.has(tld) && /^[\p{L}\p{N}-]+(?:\. {1,3}[\p{L}\p{N}-]+){1,2}$/u.test(hostRaw) && labels.slice(0, -1).every((l) => l.length <= 4 || ABBREVIATIONS.has(l))) return 'reject';
    // "on the dot in time"; a bracketed "(dot)" or a leet "d0t" is a disguise nobody writes in prose ("freeloan24 (dot) in").
    if (/(?<![[({<])dot(?![\])}>])|डॉट|डोट/.test(hostRaw) && SPELLED_WEAK.has(tld) && !suffix2) return 'reject';
    return { host, kind: kindOf() };
  }
  if (known || hasPath) return { host, kind: kindOf() };
  if (TECH_NAMES.has(bareHost)) return 'reject'; // "built with ASP.NET"
  if (WEAK_TLDS.has(tld) && labels.length < 3) return 'reject';
  if (!STRONG_TLDS.has(tld) && !WEAK_TLDS.has(tld) && tld.length > 3 && !/[^\x00-\x7f]/.test(tld) && !tld.startsWith('xn--')) return 'reject';
  if (/^\d+$/.test(labels[labels.length - 2]) && labels.length === 2) return 'reject'; // "2.0" style
  return { host, kind: kindOf() };
}

const DOMAIN_SCAN = new RegExp(DOMAIN_RE.source, 'gu');

let LETTER_OR_NUMBER: Uint8Array | undefined;
/** `[\p{L}\p{M}\p{N}]` for the code unit at i (a surrogate counts: the astral letters are not tabled). */
function letterOrNumberAt(v: string, i: number): boolean {
  if (i < 0 || i >= v.length) return false;
  if (!LETTER_OR_NUMBER) {
    LETTER_OR_NUMBER = new Uint8Array(65536);
    // A combining mark ends a label too: Indian scripts write vowels as signs ("नौकरी.com").
    const re = /^[\p{L}\p{M}\p{N}]$/u;
    for (let c = 0; c < 65536; c++) LETTER_OR_NUMBER[c] = (c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return LETTER_OR_NUMBER[v.charCodeAt(i)] === 1;
}
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * Necessary for a DOMAIN_RE match in a text without "dot" / "d0t": two labels joined by a
 * separator, i.e. a letter or digit, up to three blanks, ".", "[.]", "(.)" or "{.}", up to three
 * blanks, a letter or digit ("heart. It was" passes; "the end." and "so... what" do not).
 */
export function dotBetweenLabels(v: string): boolean {
  for (let i = v.indexOf('.'); i >= 0; i = v.indexOf('.', i + 1)) {
    let l = i - 1;
    const open = l >= 0 ? v.charCodeAt(l) : 0;
    if (open === 0x5b || open === 0x28 || open === 0x7b) l--;
    for (let k = 0; k < 3 && l >= 0 && isBlank(v.charCodeAt(l)); k++) l--;
    if (!letterOrNumberAt(v, l)) continue;
    let r = i + 1;
    const close = r < v.length ? v.charCodeAt(r) : 0;
    if (close === 0x5d || close === 0x29 || close === 0x7d) r++;
    for (let k = 0; k < 3 && r < v.length && isBlank(v.charCodeAt(r)); k++) r++;
    if (letterOrNumberAt(v, r)) return true;
  }
  return false;
}

const LOOKALIKES: Record<string, string> = {
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0445': 'x', '\u0443': 'y', '\u0456': 'i', '\u0455': 's', '\u0458': 'j',
  '\u03bf': 'o', '\u03b1': 'a', '\u03b5': 'e', '\u03c1': 'p', '\u03b9': 'i', '\u03ba': 'k', '\u03bd': 'v', '\u03c4': 't',
};
const isLatinLetter = (c: number): boolean => c >= 97 && c <= 122;
/** A look-alike next to a Latin letter becomes that Latin letter; the text itself when there is none. */
function latinLookalikes(v: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x3b1 || c > 0x458) continue;
    const l = LOOKALIKES[v[i]];
    if (l === undefined || !(isLatinLetter(v.charCodeAt(i - 1)) || isLatinLetter(v.charCodeAt(i + 1)))) continue;
    out += v.slice(last, i) + l;
    last = i + 1;
  }
  return last === 0 ? v : out + v.slice(last);
}

/** For tests: the domain expression (one match, not global). */
export const DOMAIN_RE_FOR_TEST = new RegExp(DOMAIN_RE.source, 'u');
let takenBuf = new Uint8Array(1024);

// Verdicts of domain candidates, process-wide: judgeDomain is a pure function of the candidate's
// text (its original spelling, scheme, host and path), and the same candidates come back in
// comment after comment ("end. the", "youtube.com"). Short candidates only, bounded.
const verdictMemo = new Map<string, ReturnType<typeof judgeDomain>>();
const MAX_MEMO_CANDIDATE = 256;

/** `view`: linkView(original) when the caller has it (for an ASCII text, its lower-cased copy). */
export function findLinks(original: string, allow: string[], view?: string): LinkHit[] {
  let v = view ?? linkView(original);
  // Cyrillic and Greek look-alikes inside a Latin word ("jobsadda dоt cоm" with a Cyrillic "о"): the
  // Latin letter (same length, so spans hold). A word in one script ("пример.рф") keeps its letters.
  if (view === undefined) v = latinLookalikes(v);
  const hits: LinkHit[] = [];
  // One reused buffer (allocating a typed array per comment costs more than the scan itself).
  if (takenBuf.length < v.length + 1) takenBuf = new Uint8Array(2 * (v.length + 1));
  const taken = takenBuf;
  taken.fill(0, 0, v.length + 1);
  const take = (h: LinkHit): void => {
    for (let i = h.start; i < h.end; i++) if (taken[i]) return;
    for (let i = h.start; i < h.end; i++) taken[i] = 1;
    hits.push(h);
  };
  if (v.includes('href')) {
    for (const m of v.matchAll(ANCHOR_RE)) {
      const url = m[1];
      const host = /^(?:[a-z]+:)?\/\//.test(url) ? url.replace(/^(?:[a-z]+:)?\/\//, '').split(/[/?#:]/)[0] : '';
      const start = m.index!;
      const close = v.indexOf('</a>', start);
      const end = close > 0 && close - start < 1000 ? close + 4 : start + m[0].length;
      if (host && allowed(host, allow)) {
        for (let i = start; i < end; i++) taken[i] = 1;
        continue;
      }
      if (host || /^(?:mailto|tel):/.test(url)) take({ start, end, host: host || url, kind: 'anchor' });
    }
  }
  // E-mail before domains, so the domain part is not reported twice.
  // A spelled-out address ("name at site dot com") only counts with a spelled or bracketed dot,
  // and a plain one needs an "@": skip the expressions that cannot yield a hit.
  const hasAt = v.includes('@');
  // "डॉट" / "डोट": "dot" written in Devanagari ("apnijobs डॉट com").
  const hasDotWord = v.includes('dot') || v.includes('डॉट') || v.includes('डोट');
  const spelledOk = hasDotWord || v.includes('[.]') || v.includes('(.)');
  if (hasAt || (spelledOk && /\[at\]|\(at\)|\{at\}| at /.test(v))) {
    const plain = hasAt && AFTER_AT.test(v) ? [...v.matchAll(EMAIL_RE)] : [];
    for (const m of spelledOk ? [...plain, ...v.matchAll(SPELLED_EMAIL_RE)] : plain) {
      const host = hostOf(m[1]);
      const p = parseHost(host);
      if (!p.domain || !p.isIcann) continue;
      const spelled = !m[0].includes('@');
      if (spelled && (!STRONG_TLDS.has(p.publicSuffix ?? '') || !/(?:dot|\[\.\]|\(\.\))/.test(m[0]))) continue;
      let start = m.index!;
      while (start < m.index! + m[0].length && /[ \t.]/.test(v[start])) start++;
      if (allowed(host, allow)) {
        for (let i = start; i < m.index! + m[0].length; i++) taken[i] = 1;
        continue;
      }
      take({ start, end: m.index! + m[0].length, host, kind: 'email' });
    }
  }
  // Every domain separator has a ".", "dot" or "d0t" in it: without one the expression cannot match.
  const spelledDot = hasDotWord || v.includes('d0t') || v.includes('d.o.t');
  if ((spelledDot || (v.includes('.') && dotBetweenLabels(v))) && DOMAIN_PREFILTER.test(v)) {
    const re = DOMAIN_SCAN;
    re.lastIndex = 0;
    let candidates = 0;
    let verdicts: Map<string, ReturnType<typeof judgeDomain>> | undefined;
    let m: RegExpExecArray | null;
    while ((m = re.exec(v)) !== null) {
      const [whole, scheme, hostRaw, path] = m;
      const start = m.index!;
      // The verdict depends on the candidate's text alone: repeated candidates (long spam runs
      // such as "site dot com site dot com ...") are judged once per call.
      let verdict: ReturnType<typeof judgeDomain>;
      if (whole.length <= MAX_MEMO_CANDIDATE) {
        const key = `${scheme?.length ?? 0},${hostRaw.length},${whole.length}|${original.slice(start, start + whole.length)}${whole}`;
        const known = verdictMemo.get(key);
        verdict = known ?? judgeDomain(original, v, start, whole, scheme, hostRaw, path);
        if (!known) {
          if (verdictMemo.size >= 20_000) verdictMemo.clear();
          verdictMemo.set(key, verdict);
        }
      } else if (++candidates > 8) {
        const key = `${scheme?.length ?? 0},${hostRaw.length},${whole.length}|${original.slice(start, start + whole.length)}${whole}`;
        const known = (verdicts ??= new Map()).get(key);
        verdict = known ?? judgeDomain(original, v, start, whole, scheme, hostRaw, path);
        if (!known) verdicts.set(key, verdict);
      } else verdict = judgeDomain(original, v, start, whole, scheme, hostRaw, path);
      if (verdict === 'reject') {
        // Retry from the next label: "heart.  https://x.com" must still find the URL.
        const next = hostRaw.search(/[.\s[({]/);
        if (next > 0) re.lastIndex = start + (scheme?.length ?? 0) + next + 1;
        continue;
      }
      if (taken[start]) continue;
      const end = start + whole.length - (/[.,;:!?)]$/.test(whole) && whole.length > 1 ? 1 : 0);
      if (allowed(verdict.host, allow)) {
        for (let i = start; i < end; i++) taken[i] = 1;
        continue;
      }
      take({ start, end, host: verdict.host, kind: verdict.kind });
    }
  }
  // Every phone hit has ten digits or more (see the first test in the loop): without ten in the
  // text the expression cannot yield one.
  if (hasDigits(v, 10)) {
    for (const m of v.matchAll(PHONE_RE)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 10 || digits.length > 15) continue;
      const s = m[0];
      // Digits one or two at a time ("9 8 4 5 1 2 3 3 7 0", "98 45 12 33 70"): only a 10-digit Indian
      // mobile, not a count ("1 2 3 4 5 6 7 8 9 10") or a list of scores.
      // A countdown is still a number when the comment asks to be called on it ("WhatsApp 98 76 54 32 10").
      // A leading 0 or 91 before the mobile ("0 9 8 1 1 2 2 3 3 4 4") counts as its trunk or country code.
      const mobileDigits = digits.length === 11 && digits[0] === '0' ? digits.slice(1) : digits.length === 12 && digits.startsWith('91') ? digits.slice(2) : digits;
      if (/^\d{1,2}(?:(?:[ .-]{1,2}| - )\d{1,2})+$/.test(s) && (mobileDigits.length !== 10 || !/^[6-9]/.test(mobileDigits) || (countsBy1(mobileDigits) && !contactAround(v, m.index!, m.index! + s.length)))) continue;
      // Plain runs of 10+ digits without a plus or grouping are ids and numbers, except an Indian
      // mobile (10 digits from 6-9) or a number that starts with + / 00.
      // " - " between groups of digits is a range ("15000 - 75000 Rs.") unless the comment asks to be called.
      if (s.includes(' - ') && !/^\d{1,2}(?:(?:[ .-]{1,2}| - )\d{1,2})+$/.test(s) && !contactAround(v, m.index!, m.index! + s.length)) continue;
      const grouped = /[ .\-()]/.test(s);
      if (!s.startsWith('+') && !s.startsWith('00') && !grouped && !(digits.length === 10 && /^[6-9]/.test(digits))) continue;
      if (grouped && /^\d{4}[ -]\d{4}$/.test(s)) continue;
      if (/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(s)) continue; // dates
      if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) continue; // 2.124.821.694 views
      // An ISBN-13 ("978-0-14-044913-6"): +978 is no country code and +979 a premium-rate prefix.
      if (digits.length === 13 && /^97[89]/.test(s)) continue;
      take({ start: m.index!, end: m.index! + s.length, host: digits, kind: 'phone' });
    }
  }
  if ((v.includes(' .') || hasDotWord) && /[a-z0-9] {1,2}(?:\.|dot) {1,2}[a-z0-9] /.test(v)) {
    for (const m of v.matchAll(SPACED_DOMAIN_RE)) {
      if (!/\.| dot /.test(m[0]) || taken[m.index!]) continue;
      const host = m[0].replace(/ {1,2}dot {1,2}/g, '.').replace(/ /g, '');
      const p = parseHost(host);
      if (!p.domain || !p.isIcann || !STRONG_TLDS.has(p.publicSuffix ?? '') || (p.domainWithoutSuffix ?? '').length < 3) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (allowed(host, allow)) continue;
      take({ start, end, host: host.replace(/^www\./, ''), kind: 'obfuscated' });
    }
  }
  if (hasDotWord && v.includes(' slash ')) {
    for (const m of v.matchAll(SPELLED_SLASH_RE)) {
      if (taken[m.index!]) continue;
      const labels = m[1].split(/ {1,2}dot {1,2}/);
      if (STOP_LABEL.has(labels[0])) continue;
      const host = labels.join('.');
      const p = parseHost(host);
      if (!p.domain || !p.isIcann || (p.domainWithoutSuffix ?? '').length < 3 || allowed(host, allow)) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host, kind: 'obfuscated' });
    }
  }
  if (/\bwww[ ,]|[a-z0-9] (?:com|org|net|info|xyz|c0m) {0,2}(?:\/|slash )|c0m\b/.test(v)) {
    for (const m of v.matchAll(LOOSE_DOMAIN_RE)) {
      if (taken[m.index!]) continue;
      let labels = (m[2] ?? m[3] ?? m[4]).split(/[ ,.]+/).filter(Boolean);
      // "see proof at imgur com slash …": the domain starts after the last ordinary word.
      let lastStop = -1;
      for (let i = 0; i < labels.length - 1; i++) if (STOP_LABEL.has(labels[i])) lastStop = i; // (the last is the suffix)
      if (lastStop >= 0) {
        if (m[1]) continue; // "www, the …" is no address
        labels = labels.slice(lastStop + 1);
      }
      if (labels.length < 2) continue;
      const host = labels.join('.').replace(/c0m$/, 'com');
      const p = parseHost(host);
      // After "www" any public suffix counts ("www,jobsdaily,in"); otherwise only the strong ones.
      if (!p.domain || !p.isIcann || (!m[1] && !STRONG_TLDS.has(p.publicSuffix ?? '')) || (p.domainWithoutSuffix ?? '').length < 3) continue;
      if (allowed(host, allow)) continue;
      const start = m.index! + (lastStop >= 0 ? m[0].search(new RegExp(`\\b${labels[0]}\\b`)) : 0);
      take({ start, end: m.index! + m[0].length, host, kind: 'obfuscated' });
    }
  }
  if (hasDigits(v, 8) && /\d[oli]|[oli]\d/.test(v)) {
    for (const m of v.matchAll(LETTER_PHONE_RE)) {
      const s = m[0];
      if (taken[m.index!] || !/[oli]/.test(s)) continue;
      const digits = s.replace(/o/g, '0').replace(/[li]/g, '1').replace(/\D/g, '');
      if (s.replace(/\D/g, '').length < 8 || s.replace(/[^oli]/g, '').length > 2) continue;
      const mobile = /^(?:91|0)?[6-9]\d{9}$/.test(digits);
      if (!mobile && !(digits.length >= 10 && digits.length <= 13 && contactAround(v, m.index!, m.index! + s.length))) continue;
      take({ start: m.index!, end: m.index! + s.length, host: digits, kind: 'phone' });
    }
  }
  // Numbers spelled out in words, alone or mixed with digits ("nine eight seven six ...", "ninety eight
  // one one ...", "nine eight seven 6543210").
  if (SPELLED_GATE.test(v)) {
    for (const m of v.matchAll(SPELLED_PHONE_RE)) {
      if (taken[m.index!]) continue;
      const { digits, words, groups } = spelledDigits(m[0]);
      if (words < 2 || digits.length < 10 || digits.length > 15) continue;
      const end = m.index! + m[0].length;
      // Ten or more digit words in a row are a number being dictated, unless they count up or down
      // ("one two three ... ten") without a request to be called; shorter or mixed runs need an
      // Indian mobile's shape or a request to be contacted.
      const dictated = groups === 0 && words >= 10;
      if (groups === 0 && countsBy1(digits.slice(0, 10)) && !CONTACT_ME.test(v.slice(Math.max(0, m.index! - 40), m.index!)) && !CONTACT_AFTER.test(v.slice(end, end + 30))) continue;
      if (!dictated && !/^(?:91|0)?[6-9]\d{9}$/.test(digits) && !contactAround(v, m.index!, end)) continue;
      take({ start: m.index!, end, host: digits, kind: 'phone' });
    }
  }
  if (/c o m|n e t|o r g|x y z/.test(v)) {
    for (const m of v.matchAll(SPACED_TLD_RE)) {
      if (taken[m.index!]) continue;
      const host = `${m[1]}.${m[2].replace(/ /g, '')}`;
      if (STOP_LABEL.has(m[1]) || allowed(host, allow)) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host, kind: 'obfuscated' });
    }
  }
  if (v.includes(',') && /,(?:com|net|org|info|xyz|in)\b/.test(v)) {
    for (const m of v.matchAll(COMMA_DOMAIN_RE)) {
      if (taken[m.index!]) continue;
      const host = (m[1] + m[2]).replace(/,/g, '.');
      // ",in" alone is prose ("went to Delhi,in the morning"): only after ",co" / ",gov"...
      if (m[2] === ',in') continue;
      const p = parseHost(host);
      if (!p.domain || !p.isIcann || (p.domainWithoutSuffix ?? '').length < 3 || allowed(host, allow)) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host, kind: 'obfuscated' });
    }
  }
  // One scan for the triggers of the web-mail and solicitation passes (most comments have none).
  const triggered = TRIGGERS.test(v);
  if (triggered && /mail|yahoo|outlook|icloud|rediff|proton/.test(v)) {
    for (const m of v.matchAll(WEBMAIL_AT_RE)) {
      // "rahul1990 at gmail": spelled "at" only with a local part that looks like an address.
      if (taken[m.index!] || (!m[0].includes('@') && !/[\d._]/.test(m[1]))) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host: m[1], kind: 'email' });
    }
    for (const m of v.matchAll(WEBMAIL_IS_RE)) {
      if (taken[m.index!] || !/[\d._]/.test(m[1])) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host: m[1], kind: 'email' });
    }
  }
  // "search 'quickloan24' on Telegram": a handle-like name (a digit or "_" in it) to look up on a messenger.
  if (triggered && v.includes('search')) {
    for (const m of v.matchAll(SEARCH_HANDLE_RE)) if (/[a-z]/.test(m[1]) && /[\d_]/.test(m[1])) take({ start: m.index!, end: m.index! + m[0].length, host: m[1], kind: 'messenger' });
  }
  // Every strong pointer names a bio, profile, DP, channel or code; a weak one counts only with a lure
  // (tested last: most comments have no pointer at all).
  const strong = triggered && /\b(?:bio|profile|dp|channel|code)\b/.test(v) ? [...v.matchAll(SOLICIT_STRONG_RE)] : [];
  // WEAK_NEEDS is necessary for SOLICIT_WEAK_RE (cheap); the lure is tested before the pointers.
  const weak = triggered && strong.length === 0 && WEAK_NEEDS.test(v) && SPAM_LURE_RE.test(v) ? [...v.matchAll(SOLICIT_WEAK_RE)] : [];
  for (const m of [...strong, ...weak]) {
    const end = m.index! + m[0].replace(/[ .]+$/, '').length;
    take({ start: m.index!, end, host: m[0].trim(), kind: 'spam' });
  }
  if (v.includes('/') && /(?:t|wa|bit|discord|cutt)[ ,]{1,2}(?:me|ly|gg)[ \t]{0,2}\//.test(v)) {
    for (const m of v.matchAll(SPACED_SHORT_HOST_RE)) {
      const host = `${m[1]}.${m[2]}`;
      if (taken[m.index!] || !SHORT_HOST_PAIRS.has(host)) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host, kind: MESSENGER_HOSTS.test(host) ? 'messenger' : 'shortener' });
    }
  }
  if (v.includes('/') && SOCIAL_GATE.test(v)) {
    for (const m of v.matchAll(SOCIAL_PATH_RE)) {
      const handle = m[1].replace(/^(?:c|channel|user|in)\/|^@/, '');
      if (taken[m.index!] || handle.length < 3 || SOCIAL_NAMES.has(handle.replace(/[._]+$/, ''))) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host: handle, kind: 'messenger' });
    }
  }
  if (v.includes('@') && SOCIAL_FOLLOW_GATE.test(v)) {
    // "follow (me) on twitter @FreeMoneyIndia": the request is needed ("on twitter @PMOIndia said" is news).
    for (const m of v.matchAll(SOCIAL_FOLLOW_RE)) {
      const handle = m[1].slice(1);
      if (!taken[m.index!] && !MESSENGER_STOP.has(handle)) take({ start: m.index!, end: m.index! + m[0].length, host: handle, kind: 'messenger' });
    }
  }
  if (v.includes('@') && SOCIAL_HI_GATE.test(v)) {
    // Hinglish: "Twitter pe follow karo: @sach_bolo_india" (the verb is needed: "twitter pe @PMOIndia ne kaha" is news).
    for (const m of v.matchAll(SOCIAL_HI_RE)) {
      const handle = m[1].slice(1);
      if (!taken[m.index!] && !MESSENGER_STOP.has(handle)) take({ start: m.index!, end: m.index! + m[0].length, host: handle, kind: 'messenger' });
    }
  }
  if (MESSENGER_PREFILTER.test(v) && (/@|:|=|\bid\b|handle|user/.test(v) || CONTACT_VERB.test(v))) {
    const contactVerb = CONTACT_VERB.test(v);
    for (const m of v.matchAll(MESSENGER_RE)) {
      const handle = (m[2] ?? m[3] ?? '').replace(/^@ ?/, '');
      if (!handle || MESSENGER_STOP.has(handle)) continue;
      // "Telegram channel: @x", "insta @ priya.earns": after a page noun or an "@" with a space, only a
      // handle-like word ("@" written tight, or a digit, "_" or "." in it): "WhatsApp group: admins only".
      if ((m[1] !== undefined || /^@ /.test(m[2] ?? '')) && (!/^@[a-z0-9_]/.test(m[2] ?? '') && !/[\d_.]/.test(handle) || !/[a-z]{2}/.test(handle))) continue;
      const explicitAt = m[0].includes('@') || /:|=|\bid\b|handle|user/.test(m[0]);
      // Without "@" / ":" a handle counts only when it looks like one (a digit, "_" or ".") and the
      // comment asks to be contacted there ("contact me on insta rahul_sharma_07").
      // "my snap is rahul_2001": the writer's own account, named with a handle-like word.
      const own = /[\d_.]/.test(handle) && /\b(?:my|our|mera|meri|mere|hamara|hamari)\s$/.test(v.slice(Math.max(0, m.index! - 8), m.index!));
      if (!explicitAt && !own && m[2] !== undefined && !(contactVerb && /[\d_.]/.test(handle) && CONTACT_VERB_BEFORE.test(v.slice(Math.max(0, m.index! - 30), m.index!)))) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host: handle, kind: 'messenger' });
    }
    for (const m of v.matchAll(HANDLE_IS_RE)) {
      const handle = m[1].replace(/^@/, '');
      if (MESSENGER_STOP.has(handle) || !(m[1].startsWith('@') || /[\d_]/.test(handle))) continue;
      take({ start: m.index!, end: m.index! + m[0].length, host: handle, kind: 'messenger' });
    }
    // Hinglish: "telegram pe: @paisa_kamao", "insta par @riya" (only with the "@").
    for (const m of v.matchAll(MESSENGER_HI_RE)) {
      const handle = m[1].slice(1);
      if (!MESSENGER_STOP.has(handle)) take({ start: m.index!, end: m.index! + m[0].length, host: handle, kind: 'messenger' });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export class LinksCheck implements Check {
  readonly name = 'links' as const;

  run(doc: NormalizedText, ctx: CheckContext): ReturnType<Check['run']> {
    // An ASCII comment's link view is its folded text (both are the lower-cased original).
    const hits = findLinks(doc.original, ctx.allowedDomains, doc.ascii === true ? doc.text : undefined);
    const ev: Evidence[] = hits.map((h) => originalEvidence(doc.original, h.start, h.end, `link:${h.kind}:${h.host}`));
    const score = hits.length === 0 ? 0 : hits.some((h) => h.kind !== 'phone' && h.kind !== 'messenger' && h.kind !== 'spam') ? 0.95 : 0.85;
    return result('links', hits.length > 0, score, 'strong', ev);
  }
}
