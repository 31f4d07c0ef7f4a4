import type { RuleHit } from '../checks/attack-rules';
import { GramNeedles, gramNeedles, gramsOf, needlesOf, WordKey, wordKeysOf } from '../checks/regex-needles';

// Hinglish (romanized Hindi) and Devanagari Hindi attacks that use no swear word: threats made to
// the reader ("ghar aake maarunga tujhe", "teri zubaan kaat denge"), the reader insulted by an
// idiom ("tera dimaag ghutne mein hai", "tujhe sharam nahi aati", "teri aukaat kya hai", "tu paida
// hi kyun hua", "X kahin ka"), a person's humiliation or a beating called for ("iske muh pe kaalikh
// pot do", "joote maaro", "sadak pe ghaseet ke maaro"). Run by attackRules on the folded, de-leeted
// text (lower case; Devanagari is kept as typed, so the Devanagari patterns accept the usual
// spelling variants: nukta or not, long or short i / u, chandrabindu or anusvara).
//
// Each rule works inside one sentence, and most need the reader addressed in the rude second person
// (tu / tum forms, never the polite `aap`): "main kal maar dunga" about a mosquito or "hum record
// tod denge" about cricket is not a threat to anyone. A threat inside quotation marks with a
// reporting word ("police ne bataya ki aaropi ne kaha tha 'ghar aake maarunga'"), or a sentence that
// reports a threat (`dhamki`, `धमकी`), is news.

/** Devanagari literal -> expression that accepts nukta / vowel-length / nasal spelling variants. */
function dv(s: string): string {
  return s
    .replace(/\u093c/g, '')
    .replace(/[\u0958-\u095e]/g, (c) => NUKTA_BASE[c] ?? c)
    .replace(/[\u0915\u0916\u0917\u091c\u0921\u0922\u092b]/g, (c) => `(?:${c}\u093c?|${NUKTA_FORM[c]})`)
    .replace(/[\u093f\u0940]/g, '[\u093f\u0940]')
    .replace(/[\u0941\u0942]/g, '[\u0941\u0942]')
    .replace(/[\u0901\u0902]/g, '[\u0901\u0902]');
}
// Base letter -> precomposed nukta letter (क़ ख़ ग़ ज़ ड़ ढ़ फ़), and back.
const NUKTA_FORM: Record<string, string> = { '\u0915': '\u0958', '\u0916': '\u0959', '\u0917': '\u095a', '\u091c': '\u095b', '\u0921': '\u095c', '\u0922': '\u095d', '\u092b': '\u095e' };
const NUKTA_BASE: Record<string, string> = Object.fromEntries(Object.entries(NUKTA_FORM).map(([b, n]) => [n, b]));

const DB = '(?<![\\u0900-\\u097f])'; // Devanagari word start
const DE = '(?![\\u0900-\\u097f])'; // Devanagari word end
const dalt = (words: string): string => `${DB}(?:${words.trim().split(/\s+/).map(dv).join('|')})${DE}`;
const lalt = (words: string): string => `\\b(?:${words.trim().split(/\s+/).join('|')})\\b`;

// The reader in the rude second person (subject, object, possessive).
const SP2_LAT = lalt('tu tum tujhe tujhko tuje tujh tumhe tumhein tumko tumhara tumhari tumhare tera teri tere tereko tumlog');
const SP2_DEV = dalt('तू तु तुम तुझे तुझको तुम्हें तुम्हे तुमको तुम्हारा तुम्हारी तुम्हारे तेरा तेरी तेरे तेरेको तुमलोग');
const SP2_OBJ_LAT = '\\b(?:tujhe|tujhko|tuje|tumhe|tumhein|tumko|tereko|tum logon ko|tum logo ko|tum sab ko)\\b';
const SP2_OBJ_DEV = dalt('तुझे तुझको तुम्हें तुम्हे तुमको तेरेको');
const SP2_SUBJ_LAT = '\\b(?:tu|tum|tum log|tum sab)\\b';
const SP2_SUBJ_DEV = dalt('तू तुम');
// Someone pointed at: "isko", "is anchor ko", "usko".
const THIRD_OBJ_LAT = '\\b(?:isko|usko|inko|unko|ise|inhe|unhe|isse|(?:aise|is|us|iss|uss)(?: \\w+){1,2} ko|\\w+ne (?:wale|waale|wali|waali|walon|waalon|walo) ko)\\b';
const THIRD_OBJ_DEV = `${DB}(?:${['इसको', 'उसको', 'इनको', 'उनको', 'इसे', 'इन्हें', 'उन्हें'].map(dv).join('|')}|(?:${['इस', 'उस', 'ऐसे'].map(dv).join('|')})(?:\\s\\S+){1,2}\\s${dv('को')})${DE}`;

// First-person future of a harm verb: "maarunga", "maar denge", "kaat daalunga", "tod dunga".
const HARM_STEM_LAT = '(?:maa?r|thok|thonk|kaa?t|jala|jalaa|pee?t|pit|ghasee?t|ghasit|tod|todh|phod|fod|kuchal|gaa?d|latka|kheench|khinch|khich|phaa?d|faa?d|cheer|noch|ukhaa?d|bhoon|tapka|nipta)';
const FUT_LAT = '(?:(?:u|oo)nga|(?:u|oo)ngi|enge|ega| (?:d(?:u|oo)n?ga|d(?:u|oo)ngi|denge|dega|daal(?:u|oo)nga|daalenge|dal(?:u|oo)nga|dalenge|l(?:u|oo)nga|lenge|ja(?:u|oo)nga|jayenge|jaenge))\\b';
const NOT_AFTER_LAT = '(?! (?:nahi|nahin|nai|nhi|na)\\b)';
const HARM_FUT_LAT = `\\b${HARM_STEM_LAT}${FUT_LAT}${NOT_AFTER_LAT}|\\bek kar (?:d(?:u|oo)n?ga|denge)\\b|\\bkhoon pee? (?:ja(?:u|oo)nga|jayenge|jaenge|l(?:u|oo)nga|lenge)\\b`;
const HARM_STEM_DEV = ['मार', 'पीट', 'काट', 'जला', 'तोड़', 'फोड़', 'कुचल', 'घसीट', 'खींच', 'फाड़', 'गाड़', 'लटका', 'ठोक', 'नोच', 'उखाड़'].map(dv).join('|');
const FUT_DEV = ['ूंगा', 'ूँगा', 'ूंगी', 'ेंगे', 'ेगा'].map(dv).join('|');
const AUX_DEV = ['दूंगा', 'दूँगा', 'देंगे', 'देगा', 'डालूंगा', 'डालेंगे', 'लूंगा', 'लेंगे', 'दूंगी'].map(dv).join('|');
const HARM_FUT_DEV = `${DB}(?:${HARM_STEM_DEV})(?:(?:${FUT_DEV})|\\s(?:${AUX_DEV}))${DE}(?!\\s${dv('नहीं')})|${DB}${dv('एक कर')}\\s(?:${AUX_DEV})${DE}|${DB}${dv('खून पी')}\\s(?:${['जाऊंगा', 'जाऊँगा', 'जाएंगे', 'जायेंगे', 'लूंगा', 'लेंगे'].map(dv).join('|')})${DE}`;

// "Nahi chhodenge", "wahi haal karenge", "dekh lunga", "phir batata hoon tujhe".
const SPARE_LAT = '\\b(?:nahi|nahin|nai|nhi|na) (?:chhod|chod|bakhsh|baksh|bach)(?:enge|(?:u|oo)nga|ega|egi|oge|ogi)\\b|\\b(?:chhod|chod|bakhsh|baksh)(?:enge|(?:u|oo)nga) (?:nahi|nahin|nai|nhi)\\b|\\b(?:wahi|vahi|wohi|vohi|yahi) haal (?:karenge|kar(?:u|oo)nga|kar denge|kar d(?:u|oo)nga|hoga)\\b';
const SPARE_DEV = `${dalt('नहीं')}\\s(?:${['छोड़', 'बख्श', 'बख़्श', 'बच'].map(dv).join('|')})(?:${['ेंगे', 'ूंगा', 'ूँगा', 'ेगा', 'ेगी', 'ोगे'].map(dv).join('|')})${DE}|${dalt('वही')}\\s${dv('हाल')}\\s(?:${['करेंगे', 'करूंगा', 'करूँगा', 'कर देंगे', 'होगा'].map(dv).join('|')})${DE}`;
const DEKH_LUNGA_LAT = `${SP2_OBJ_LAT}(?: \\w+){0,2} dekh (?:l(?:u|oo)nga|lenge|l(?:u|oo)ngi)\\b|\\b(?:phir|fir) (?:batata|bataata|bata(?:u|oo)nga|bataenge|batayenge|dikhata|dikha(?:u|oo)nga)(?: h(?:u|oo)n?| hai)? ${SP2_OBJ_LAT}`;

// Insults without a swear word.
/**
 * hinglish11: a word list written once, read with any vowel or consonant doubled or not (`makkaar`, `jhoota`,
 * `ganddu`): romanized Hindi has no fixed spelling of length. `h` is kept as written (`chh`, `bh`).
 */
function loose(words: string): string {
  return words.replace(/([a-gi-z])\1?/g, (_m, c: string) => `${c}{1,2}`);
}
const LAT_INSULT_WORDS = loose(
  'anpadh|anpad|gawar|ganwar|gavar|gawaar|ganwaar|jaahil|jahil|murkh|moorkh|bewakoof|bevkoof|bewkoof|bevakoof|bewakuf|pagal|paagal|nalayak|naalayak|nikamma|nikamme|nikammi|' +
  'besharam|gadha|gadhe|ullu|bhikari|bhikhari|kamina|kamine|kameena|ghatiya|dogla|dogle|gaddar|gaddaar|deshdrohi|andhbhakt|andh bhakt|chamcha|chamche|dalal|dalaal|tharki|' +
  'lukkha|chapri|chhapri|chirkut|makkar|dhokebaaz|dhokebaz|jhootha|jhutha|jhoota|jhuta|jhoote|jhoothe|kayar|buzdil|jokar|joker|nautanki|suar|kutta|kutte|bandar|gadhi|keeda|kida|keede|kide|bhed|bhede|bhedein|' +
  'paltu|gulam|ghulam|chatukar|chaatukar|bikau|bikaau|' +
  // hinglish11: the drunk, the fool, the coward, the fraud, the pimp.
  'bewda|bevda|bewde|bevde|nashedi|nashedii|lallu|lalloo|chomu|chommu|fattu|phattu|dhongi|dalla|dalle|kameeni|kamini|nalla|nalle|dhakkan|chindi|neech|nich|gira hua|gire hue|giri hui',
);
const DEV_INSULT_WORDS =
  'नीच बेवड़ा बेवड़े नशेड़ी लल्लू फट्टू ढोंगी दल्ला बिकाऊ पालतू अनपढ़ गंवार गँवार जाहिल मूर्ख बेवकूफ़ पागल नालायक निकम्मा निकम्मे बेशर्म गधा गधे उल्लू भिखारी कमीना कमीने घटिया दोगला दोगले गद्दार देशद्रोही अंधभक्त चमचा चमचे दलाल ठरकी मक्कार धोखेबाज़ झूठा कायर जोकर सुअर कुत्ता कुत्ते कीड़ा कीड़े भेड़ भेड़ें';
/** One word of the insult lists above, in either script (`gaddar`, `kamine`, `गद्दार`): "saale gaddar" is abuse. */
const INSULT_WORD = new RegExp(`^(?:${LAT_INSULT_WORDS}|${DEV_INSULT_WORDS.split(' ').map(dv).join('|')})$`, 'i');
export function isHindiInsultWord(word: string): boolean {
  return INSULT_WORD.test(word);
}
// (hinglish11: also the polite `aap` as a taunt, "madam aap toh ekdum murkh ho", and "lagta hai" for "hai": "tu na
// ekdum bewda lagta hai".)
const TU_X_HAI_LAT = `(?:${SP2_SUBJ_LAT}|\\b(?:aap|aap log|aaplog)\\b)(?: (?:toh|to|na|bhi|ek|sach mein|pakka|poora|pura|ekdam|ekdum|bilkul|sabse bada|sabse badi|bahut bada|bahut badi|bahut|nira|nire|ek number ka|ek number ki|ek number ke|naali ka|nali ka|gutter ka|gobar ka|padha likha|pada likha|padha-likha|\\w+ (?:ka|ki|ke)))* (?:${LAT_INSULT_WORDS})(?: (?:${LAT_INSULT_WORDS}|insaan|insan|aadmi|admi|banda|ladka|ladki|aurat|patrakar|anchor|neta|log|tota|totaa|janwar|jaanwar))? (?:hai|ho|he|h|hain|hu|nikla|nikli|nikle|(?:lagta|lagti|dikhta|dikhti)(?: (?:hai|he|h))?|(?:lagte|dikhte)(?: (?:ho|hain|hai))?)\\b`;
const TU_X_HAI_DEV = `(?:${SP2_SUBJ_DEV}|${dalt('आप')})(?:\\s(?:${['तो', 'भी', 'एक', 'पूरा', 'पूरे', 'पूरी', 'एकदम', 'निरा', 'निरे', 'बिल्कुल', 'बिलकुल', 'बहुत', 'सबसे बड़ा', 'नाली का', 'गटर का', 'गोबर का', 'नंबर का', 'नंबर की', 'नंबर के'].map(dv).join('|')}))*\\s(?:${DEV_INSULT_WORDS.split(' ').map(dv).join('|')})(?:\\s\\S+){0,2}?\\s(?:${['है', 'हो', 'हैं', 'निकला', 'निकली', 'लगता है', 'लगती है', 'लगते हो'].map(dv).join('|')})${DE}`;

const DIMAAG_LAT = '\\b(?:dima+g|dimaa?k|dimag|bheja|akal|akl|buddhi)(?: \\w+){0,3} (?:ghutn(?:e|o|on)|ghutne) (?:mein|me|mai|main|mei)\\b';
const DIMAAG_DEV = `${dalt('दिमाग भेजा अक्ल अकल बुद्धि')}(?:\\s\\S+){0,3}\\s(?:${['घुटने', 'घुटनों', 'घुटनो'].map(dv).join('|')})\\s(?:${['में', 'मे'].map(dv).join('|')})${DE}`;
const SHARAM_LAT = `${SP2_OBJ_LAT}(?: \\w+){0,2} (?:sharam|sharm|laaj|laj|sharmo haya)(?: \\w+){0,2}? (?:nahi|nahin|nai|nhi) (?:aati|ati|aata|aayi|ayi)\\b`;
const SHARAM_DEV = `${SP2_OBJ_DEV}(?:\\s\\S+){0,2}\\s(?:${['शर्म', 'शरम', 'लाज'].map(dv).join('|')})(?:\\s\\S+){0,2}?\\s${dv('नहीं')}\\s(?:${['आती', 'आई', 'आयी'].map(dv).join('|')})${DE}`;
const AUKAAT_LAT = '(?:^|[.!?,;] *)(?:apni |chal |chup chaap )?(?:auka+t|aukad|okat|aukat|aukaad) (?:mein|me|mai) (?:reh|raho|rah)\\b|\\b(?:teri|tumhari|tera|tumhara|tum logon ki|tum logo ki|aapki|apki|aapka|apka)(?: \\w+){0,2}? (?:auka+t|aukad|okat|aukat|aukaad)\\b(?! se (?:bahar|baahar|zyada|jyada|upar)\\b)|\\bapni (?:auka+t|aukad|okat|aukat) (?:(?:mein|me|mai) (?:reh|raho|rehna|rah)|dekh|dekho|pehchan|pehchano|yaad rakh)\\b';
const AUKAAT_DEV = `${dalt('तेरी तुम्हारी तेरा तुम्हारा आपकी आपका')}(?:\\s\\S+){0,2}?\\s${dv('औकात')}${DE}(?!\\s${dv('से')}\\s(?:${['बाहर', 'ज़्यादा', 'ज्यादा', 'ऊपर'].map(dv).join('|')}))|${dalt('अपनी')}\\s${dv('औकात')}\\s(?:${['में रह', 'में रहो', 'देख', 'देखो'].map(dv).join('|')})${DE}`;
const PAIDA_LAT = `${SP2_LAT}(?: \\w+){0,3} paida (?:hi |he )?(?:kyun|kyu|kyon|q|kiyu|kaise) (?:hua|hue|hui|huye|hoa|huya)\\b`;
// "Tu paida hote hi mar jaata toh accha tha": better had the reader died at birth.
const PAIDA_MAR_LAT = `${SP2_LAT}(?: \\w+){0,3} paida hote (?:hi |he )?mar (?:jaata|jata|jaati|jati|jaate|jate|gaya hota|gayi hoti|gaya hota)\\b`;
const PAIDA_MAR_DEV = `${SP2_DEV}(?:\\s\\S+){0,3}\\s${dv('पैदा')}\\s${dv('होते')}\\s(?:${dv('ही')}\\s)?${dv('मर')}\\s(?:${['जाता', 'जाती', 'जाते'].map(dv).join('|')})${DE}`;
const PAIDA_DEV = `${SP2_DEV}(?:\\s\\S+){0,3}\\s${dv('पैदा')}\\s(?:${dv('ही')}\\s)?${dv('क्यों')}\\s(?:${['हुआ', 'हुए', 'हुई'].map(dv).join('|')})${DE}`;
const BOJH_LAT = `${SP2_LAT}(?: \\w+){0,6}? (?:dharti|dharati|prithvi|desh|samaj|samaaj|zameen)(?: (?:pe|par|ke liye|ke|ki))? (?:bojh|boj|kalank)\\b|\\b(?:naam|maathe|mathe) (?:pe|par) (?:kalank|kalankh|dhabba)\\b|\\bkalank (?:ho|hai) (?:tum|tu)\\b`;
const BOJH_DEV = `${SP2_DEV}(?:\\s\\S+){0,6}?\\s(?:${['धरती', 'पृथ्वी', 'देश', 'समाज', 'ज़मीन'].map(dv).join('|')})(?:\\s(?:${['पर', 'पे', 'के लिए', 'के', 'की'].map(dv).join('|')}))?\\s(?:${['बोझ', 'कलंक'].map(dv).join('|')})${DE}|${dalt('नाम माथे')}\\s(?:${['पर', 'पे'].map(dv).join('|')})\\s(?:${['कलंक', 'धब्बा'].map(dv).join('|')})${DE}`;
const PAGALKHANA_LAT = `\\b(?:pagal ?kh?aa?ne|pagal ?kh?aa?na|mental (?:hospital|asylum))(?: (?:mein|me|main))? (?:bhejo|bhej do|bhejna chahiye|bhejiye|hona chahiye|daalo|dalo|daal do|admit karo|bharti karo|bhartee karo|band karo)\\b|(?:${SP2_OBJ_LAT}|${THIRD_OBJ_LAT})(?: \\w+){0,2}? (?:agra|ranchi) (?:bhejo|bhej do|bhejna chahiye|bhejiye)\\b`;
const PAGALKHANA_DEV = `${dalt('पागलखाने पागलखाना')}(?:\\s(?:${['में', 'मे'].map(dv).join('|')}))?\\s(?:${['भेजो', 'भेज दो', 'भेजना चाहिए', 'होना चाहिए', 'डालो', 'भर्ती करो'].map(dv).join('|')})${DE}`;
const KAHIN_KA_LAT = '\\b(?!(?:yahan|wahan|kahin|kahi|kabhi|aur|ab|to|toh|bhi|hum|ham|main|mai|woh|wo|ye|yeh|desh|ghar|ghat|koi)\\b)[a-z]{3,} (?:kahin|kahi|kahee|kaheen) (?:ka|ki|ke)\\b(?! (?:nahi|nahin|nai|nhi|na|bhi|bhee|raasta|rasta|pata)\\b)';
const KAHIN_KA_DEV = `${DB}(?!(?:${['यहां', 'वहां', 'कहीं', 'कभी', 'और', 'हम', 'मैं', 'वो', 'ये', 'देश', 'घर', 'कोई'].map(dv).join('|')})${DE})[\\u0900-\\u097f]{3,}\\s${dv('कहीं')}\\s(?:${['का', 'की', 'के'].map(dv).join('|')})${DE}(?!\\s(?:${['नहीं', 'भी', 'रास्ता', 'पता'].map(dv).join('|')}))`;
const JAISE_LAT = '\\b(?:tum|tu|tere|tera|teri|tumhare|tumhari|tujh) (?:jaise|jaisa|jaisi|jese|jaisey)(?: \\w+)? (?:log|logon|logo|insaan|insan|aadmi|admi)(?: \\w+){0,5}? (?:dushman|gaddar|gaddaar|kalank|bojh|khatra|khatre|keede|kide|deemak|dimak|cancer|zehar|jahar|kachra|kachre)\\b';
const JAISE_DEV = `${dalt('तुम तू तेरे तुम्हारे तुझ')}\\s(?:${['जैसे', 'जैसा', 'जैसी'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['लोग', 'लोगों', 'इंसान', 'आदमी'].map(dv).join('|')})(?:\\s\\S+){0,5}?\\s(?:${['दुश्मन', 'गद्दार', 'कलंक', 'बोझ', 'खतरा', 'कीड़े', 'दीमक', 'कैंसर', 'ज़हर', 'कचरा'].map(dv).join('|')})${DE}`;
const IQ_LAT = '\\b(?:tera|teri|tumhara|tumhari|your|ur) iq\\b(?: \\w+){0,5}? (?:kam|less|lower|zero|single digit|negative|room temperature|shoe size)\\b';
const BHAINS_LAT = `(?:\\b(?:tumse|tujhse|tum logon se|tum logo se)\\b|${SP2_OBJ_LAT})(?: \\w+){0,4}? (?:bhains|bhens|bhais|bhainse) ke (?:aage|age|samne|saamne) been\\b`;
const BHAINS_DEV = `${dalt('तुमसे तुझसे')}(?:\\s\\S+){0,4}?\\s${dv('भैंस')}\\s${dv('के')}\\s(?:${['आगे', 'सामने'].map(dv).join('|')})\\s${dv('बीन')}${DE}`;
const SHAKAL_LAT = '(?<!\\b(?:maine|mainey|mene|humne|hamne)(?: \\w+){0,2} )\\bapni (?:shakal|shakl|surat|soorat|thobda|thobada) (?:dekhi|dekha) (?:hai |he |h )?(?:kabhi|kbhi)\\b|(?<!\\b(?:maine|mainey|mene|humne|hamne)(?: \\w+){0,2} )\\bapni (?:shakal|shakl|surat|soorat|thobda|thobada) (?:\\w+ )?(?:dekh|dekho|dekhle|dekh le|dekh lo|dekhna|aaine|aaina|shishe|sheeshe)\\b|\\b(?:shakal|shakl|surat|soorat|thobda|thobada) (?:dekhi|dekha|dekh) (?:hai |he |h )?(?:apni|apna)\\b|\\b(?:teri|tumhari|tera|tumhara) (?:shakal|shakl|surat|soorat|thobda|chehra)(?: \\w+){0,3}? (?:ulti|ultee|ghin|ghinn)\\b';
const SHAKAL_DEV = `${dalt('अपनी')}\\s(?:${['शक्ल', 'शकल', 'सूरत'].map(dv).join('|')})\\s(?:${['देखी', 'देखा'].map(dv).join('|')})\\s(?:${dv('है')}\\s)?${dv('कभी')}${DE}|${dalt('अपनी')}\\s(?:${['शक्ल', 'शकल', 'सूरत'].map(dv).join('|')})\\s(?:\\S+\\s)?(?:${['देख', 'देखो', 'आईने', 'आइने', 'शीशे'].map(dv).join('|')})${DE}|${dalt('शक्ल शकल सूरत')}\\s(?:${['देखी', 'देखा'].map(dv).join('|')})\\s(?:${dv('है')}\\s)?${dv('अपनी')}${DE}|${dalt('तेरी तुम्हारी तेरा तुम्हारा')}\\s(?:${['शक्ल', 'शकल', 'सूरत', 'चेहरा', 'थोबड़ा'].map(dv).join('|')})(?:\\s\\S+){0,3}?\\s(?:${['उल्टी', 'घिन'].map(dv).join('|')})${DE}`;
const KAAM_LAT = `${SP2_SUBJ_LAT}(?: \\w+){0,2} kisi kaam (?:ka|ke|ki) (?:nahi|nahin|nai|nhi)\\b`;
const KAAM_DEV = `${SP2_SUBJ_DEV}(?:\\s\\S+){0,2}\\s${dv('किसी')}\\s${dv('काम')}\\s(?:${['का', 'के', 'की'].map(dv).join('|')})\\s${dv('नहीं')}${DE}`;

// The reader's mind compared with filth: "tumhari soch gutter jaisi hai", "तेरी सोच गटर जैसी".
const SOCH_LAT = '\\b(?:teri|tumhari|tera|tumhara|tere|tumhare)(?: \\w+)? (?:soch|dimaag|dimag|dimaak|bheja|khayal|vichar|zubaan|zuban|bhasha)(?: \\w+){0,2}? (?:gutter|naali|nali|gatar|kachre|kachra|gobar|tatti|keechad|kichad|gandi|ganda|gande|ghatiya|neech|nich|sadi hui|sada hua)\\b';
const SOCH_DEV = `${dalt('तेरी तुम्हारी तेरा तुम्हारा तेरे तुम्हारे')}(?:\\s\\S+)?\\s(?:${['सोच', 'दिमाग', 'भेजा', 'ख़याल', 'विचार', 'ज़ुबान', 'भाषा'].map(dv).join('|')})(?:\\s\\S+){0,2}?\\s(?:${['गटर', 'नाली', 'कचरे', 'कचरा', 'गोबर', 'कीचड़'].map(dv).join('|')})${DE}`;
// The reader's upbringing blamed: "teri maa ne tujhe kya sikhaya hai", "tumhare maa-baap ne tumhe tameez nahi sikhayi".
const SIKHAYA_LAT = '\\b(?:teri|tumhari|tere|tumhare) (?:maa|ma|mummy|mumma|maa-baap|maa baap|ma baap|baap|papa|parents|gharwalon|ghar walon|gharwale|ghar wale)(?: \\w+)? ne (?:tujhe|tujhko|tumhe|tumko|tumhein)(?: \\w+)? (?:kya|kuch nahi|kuch nahin|kuchh nahi|yahi|yehi|tameez nahi|tameez nahin|tamiz nahi|sanskar nahi|sanskaar nahi) (?:sikhaya|sikhaaya|sikhayi|sikhaayi|sikhai|sikhaye|diye|diya)\\b';
const SIKHAYA_DEV = `${dalt('तेरी तुम्हारी तेरे तुम्हारे')}\\s(?:${['मां', 'माँ', 'मा', 'मां-बाप', 'माँ-बाप', 'मां बाप', 'बाप', 'घरवालों'].map(dv).join('|')})(?:\\s\\S+)?\\s${dv('ने')}\\s(?:${['तुझे', 'तुम्हें', 'तुम्हे', 'तुमको'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['क्या', 'कुछ नहीं', 'यही', 'तमीज़ नहीं', 'संस्कार नहीं'].map(dv).join('|')})\\s(?:${['सिखाया', 'सिखाई', 'सिखाए', 'दिए', 'दिया'].map(dv).join('|')})${DE}`;
// A put-down sent back to the kitchen, in the imperative: "ghar jaake bartan maanjh", "घर जाकर बर्तन मांजो".
const BARTAN_LAT = '\\bghar (?:ja|jaa|jaake|jake|jaa ke|ja ke|jaakar|jakar|jaa kar|ja kar|jao|jaao|baith|baitho|baith ke|baithke)(?: \\w+){0,2}? (?:bartan|bartan|bartn|jhadu|jhaadu|pocha|pochha|chulha|chauka bartan) (?:maanjh|manjh|maanj|manj|maanjo|manjo|maanjh le|dho|dhoo|dhoya kar|dho le|laga|lagao|lagaa|sambhal|sambhalo|kar|karo)\\b';
const BARTAN_DEV = `${dalt('घर')}\\s(?:${['जा', 'जाके', 'जा के', 'जाकर', 'जा कर', 'जाओ', 'बैठ', 'बैठो'].map(dv).join('|')})(?:\\s\\S+){0,2}?\\s(?:${['बर्तन', 'झाड़ू', 'पोछा', 'पोंछा', 'चूल्हा'].map(dv).join('|')})\\s(?:${['मांज', 'माँज', 'मांजो', 'माँजो', 'धो', 'धोओ', 'लगा', 'लगाओ', 'संभाल', 'संभालो', 'कर', 'करो'].map(dv).join('|')})${DE}`;
// Abduction: "tujhe ghar se utha lenge".
const UTHA_LAT = '\\bghar se (?:utha|uthwa|utthwa)(?: \\w+)? (?:lenge|l(?:u|oo)nga|l(?:u|oo)ngi|denge|d(?:u|oo)nga|jayenge|jaenge)\\b';
const UTHA_DEV = `${dalt('घर')}\\s${dv('से')}\\s(?:${['उठा', 'उठवा'].map(dv).join('|')})\\s(?:${['लेंगे', 'लूंगा', 'लूँगा', 'देंगे', 'दूंगा'].map(dv).join('|')})${DE}`;

// "Ye patrakar nahi, dalal hai", "apna dimaag ghar pe chhod aayi ho kya?", "itna ghatiya article likhne ke
// liye kitne paise mile?", "is reporter ko jail mein daal ke peetna chahiye".
const NOT_BUT_LAT = `\\b(?:ye|yeh|woh|wo|voh|is|iss)(?: \\w+)? (?:patrakar|patrakaar|anchor|reporter|journalist|neta|editor|lekhak|pradhan|mantri|sansad|vidhayak)(?: \\w+)? (?:nahi|nahin|nhi),? (?:\\w+ )?(?:${LAT_INSULT_WORDS}|bikau|bikaau|dalla|chatukar|chaatukar|paltu) (?:hai|he|h|hain)\\b`;
const DIMAAG_CHHOD_LAT = '\\b(?:apna|apni|tumhara|tumhari|tera|teri|aapka|aapki)(?: \\w+)? (?:dimaag|dimag|dimaak|akal|akl|bheja|buddhi) (?:ghar|ghr|gaon|kahin)(?: (?:pe|par|mein|me))? (?:chhod|chod|rakh|bhool|bhul)(?: \\w+)? (?:aaye|aayi|aaya|aa gaye|aa gayi|aa gaya|diya|di|de|aae|ayi|aye|aya)\\b';
const PAID_LAT = '\\b(?:likhne|bolne|chhapne|chaapne|chapne|dikhane|dikhaane|karne) (?:ke liye|ka|ke|ki) (?:(?:tujhe|tujhko|tumhe|tumko|tumhein|isko|usko|ise|use|inko|unko) )?(?:kitne|kitna|kitni) (?:paise|paisa|rupaye|rupees|rupye|khokhe|peti) (?:mile|mila|liye|lie|khaye|khaaye|milte|milenge)\\b';
const BEAT_THIRD_LAT = `${THIRD_OBJ_LAT}(?: \\w+){0,5}? (?:peetna|pitna|peeto|pito|peet|pitai karni|pitai karo|pitai honi|dhulai karni|dhulai karo|dhulai honi) (?:chahiye|chaiye|chahie|chahiye tha|do|dena)\\b`;

// "Tumhare jaise logon ki wajah se desh peeche hai", "muh kaala karke gadhe par ghumao", "gaddar hain ye",
// "tu paida hi galat hua", "warna bahut pachtayega".
const WAJAH_LAT = '\\b(?:tumhare|tere|tum|tujh) (?:jaise|jaisa|jese) (?:logon|logo|log)(?: \\w+)? (?:ki|ke) (?:wajah|vajah|karan|kaaran) se(?: \\w+){0,4}? (?:peeche|piche|barbaad|barbad|tabah|doob|dub|bura haal|gart)\\b';
const WAJAH_DEV = `${dalt('तुम्हारे तेरे तुम')}\\s(?:${['जैसे', 'जैसा'].map(dv).join('|')})\\s(?:${['लोगों', 'लोग'].map(dv).join('|')})\\s(?:${['की', 'के'].map(dv).join('|')})\\s(?:${['वजह', 'कारण'].map(dv).join('|')})\\s${dv('से')}(?:\\s\\S+){0,4}?\\s(?:${['पीछे', 'बर्बाद', 'तबाह', 'डूब'].map(dv).join('|')})${DE}`;
const KAALA_LAT = '\\b(?:muh|munh|mooh|moonh) (?:kaala|kala|kaali|kali) (?:kar|karke|kar ke|karo|kar do|karna)\\b|\\bgadhe (?:pe|par) (?:bitha|baitha|ghuma|ghumao|ghumana|ghuma do|bithao)\\w*';
const KAALA_DEV = `${dalt('मुंह मुँह')}\\s(?:${['काला', 'काली'].map(dv).join('|')})\\s(?:${['कर', 'करके', 'करो', 'कर दो'].map(dv).join('|')})${DE}|${dalt('गधे')}\\s(?:${['पर', 'पे'].map(dv).join('|')})\\s(?:${['बिठा', 'बिठाओ', 'घुमा', 'घुमाओ', 'घुमाना', 'बिठाकर'].map(dv).join('|')})${DE}`;
// (hinglish11: not a claim weighed, "Media bikau hai ye kehna aasaan hai, par sabut chahiye".)
const GADDAR_HAIN_LAT = '\\b(?:gaddar|gaddaar|deshdrohi|dalal|dalaal|bikau|bikaau) (?:hain|hai|he) (?:ye|yeh|ye sab|sab|woh|wo|ye log)\\b(?! (?:kehna|kahna|bolna|kehte|kahte|bolte|sochna|sochte|maanna|manna|samajhna|aarop|arop|ilzaam|iljam|baat)\\b)';
const GADDAR_HAIN_DEV = `${dalt('गद्दार देशद्रोही दलाल बिकाऊ')}\\s(?:${['हैं', 'है'].map(dv).join('|')})\\s(?:${['ये', 'यह', 'वो', 'वे', 'सब'].map(dv).join('|')})${DE}`;
const GALAT_PAIDA_LAT = `${SP2_LAT}(?: \\w+){0,3} paida (?:hi |he )?galat (?:hua|hui|hue|hoa)\\b`;
const PACHTAYEGA_LAT = '\\b(?:warna|varna|nahi toh|nahi to|nahin toh)(?: \\w+){0,2} (?:pachtayega|pachhtayega|pachtaega|pachtaoge|pachhtaoge|pachtayegi|pachtaegi|pachtayenge)\\b';
const PACHTAYEGA_DEV = `(?:${['वरना', 'नहीं तो'].map(dv).join('|')})(?:\\s\\S+){0,2}\\s(?:${['पछताएगा', 'पछतायेगा', 'पछताओगे', 'पछताएगी'].map(dv).join('|')})${DE}`;

// Veiled threats: "Gauri Lankesh yaad hai na?", "tera bhi number aayega", "zyada likhega toh gayab ho
// jayega", "ghar walon ka khayal rakhna, kuch bhi ho sakta hai", "tujhe pata nahi tu kisse panga le raha hai".
const MARTYRS = 'gauri lankesh|lankesh|dabholkar|pansare|kalburgi';
const VEILED_LAT =
  `\\b(?:${MARTYRS})(?: \\w+){0,2} (?:yaad|yad) (?:hai|he|h|hain|nahi|nahin)\\b|\\b(?:${MARTYRS}) (?:jaisa|jaise|jaisi|wala|waala) (?:haal|anjaam|anjam)\\b|` +
  '\\b(?:tera|teri|tumhara|tumhari) bhi (?:number|baari|bari) (?:aayega|ayega|aaega|aa raha hai|aane wala hai|aane waala hai|aayegi|ayegi)\\b|' +
  '\\b(?:zyada|jyada|zada|jada|zyaada|jyaada) (?:likhega|likhegi|likhoge|bolega|bolegi|bologe|uchhlega|uchhloge|udega|udoge|chalak bana|hoshiyari)(?: \\w+){0,2}? (?:toh|to|tou)\\b|' +
  '\\b(?:khayal|khyal|dhyan) (?:rakhna|rakh|rakho|rakhiyo)\\b,?(?: \\w+){0,3}? kuch bhi ho (?:sakta|skta) (?:hai|he|h)\\b|' +
  '\\b(?:tujhe|tumhe|tumko|tujhko) (?:pata|maloom|malum) (?:nahi|nahin|nhi) (?:tu|tum|ki tu|ki tum) (?:kisse|kis se|kisko|kiske saath|kiske sath|kis ke saath) (?:panga|pangaa|dushmani|takkar) (?:le|lene|mol le) ?(?:raha|rahe|rahi|rha|rhe)?\\b|' +
  '\\bakele (?:mat|na|nahi) (?:nikalna|nikal|nikalo|ghumna|jaana)\\b(?: \\w+){0,2},? (?:samjha|samjhe|samjhi|warna|varna|nahi toh|nahi to)\\b';
const VEILED_DEV = `${dalt('तेरे तुम्हारे')}\\s${dv('घर')}\\s${dv('का')}\\s${dv('पता')}\\s(?:${['हमें', 'हमको', 'मुझे', 'सबको'].map(dv).join('|')})\\s(?:${['मालूम', 'पता'].map(dv).join('|')})${DE}|(?:${['गौरी लंकेश', 'लंकेश', 'दाभोलकर', 'पानसरे', 'कलबुर्गी'].map(dv).join('|')})(?:\\s\\S+){0,2}\\s${dv('याद')}\\s(?:${['है', 'हैं', 'नहीं'].map(dv).join('|')})${DE}|${dalt('तेरा तेरी तुम्हारा तुम्हारी')}\\s${dv('भी')}\\s(?:${['नंबर', 'बारी'].map(dv).join('|')})\\s(?:${['आएगा', 'आयेगा', 'आएगी', 'आयेगी'].map(dv).join('|')})${DE}`;

// "Zinda nahi bachega tu", "तुझे ज़िंदा नहीं छोड़ेंगे": the reader told they will not survive.
const ZINDA_LAT = '\\bzinda (?:nahi|nahin|nhi|na) (?:bachega|bachegi|bachoge|bachne|chhod(?:u|oo)nga|chhodenge|chod(?:u|oo)nga|chodenge|chhodega|chodega|jaane denge|jane denge|rahega|rahegi|rahoge)\\b';
const ZINDA_DEV = `${dalt('ज़िंदा जिंदा ज़िन्दा जिन्दा')}\\s${dv('नहीं')}\\s(?:${['बचेगा', 'बचेगी', 'बचोगे', 'छोड़ूंगा', 'छोड़ूँगा', 'छोड़ेंगे', 'छोड़ेगा', 'रहेगा', 'रहोगे'].map(dv).join('|')})${DE}`;
// "Tujhe sabak sikhayenge", "तुझे सबक सिखाएंगे" (not voters teaching a party a lesson: ELECTION).
const SABAK_LAT = '\\bsabak (?:sikha(?:enge|yenge|unga|oonga|ega|yega|egi|yegi)|sikha (?:denge|d(?:u|oo)nga|ke rahenge|kar rahenge)|sikhana (?:padega|hoga))\\b';
const SABAK_DEV = `${dv('सबक')}\\s(?:${['सिखाएंगे', 'सिखायेंगे', 'सिखाऊंगा', 'सिखाऊँगा', 'सिखाएगा', 'सिखा देंगे', 'सिखा दूंगा', 'सिखाना पड़ेगा'].map(dv).join('|')})${DE}`;
// A score to settle with the reader: "waqt aane pe hisaab hoga", "tera hisaab karenge", "तेरा हिसाब होगा".
const HISAAB_LAT = '\\b(?:waqt|wakt|samay|time) aane (?:pe|par|do) (?:sab(?:ka)? )?(?:hisaab|hisab|dekh lenge|bata denge|batayenge)\\b|\\b(?:tera|teri|tumhara|tumhari|tujhse|tumse) (?:bhi )?(?:hisaab|hisab)(?: (?:jaldi|zaroor|zarur|bahut jaldi|bhi))? (?:hoga|karenge|kar denge|chukta|barabar|lenge|liya jayega)\\b|\\bnaam yaad rakh(?:enge|unga|oonga|ungi)\\b';
const HISAAB_DEV = `(?:${['वक्त', 'वक़्त', 'समय'].map(dv).join('|')})\\s${dv('आने')}\\s(?:${['पर', 'पे'].map(dv).join('|')})\\s(?:${['हिसाब', 'देख लेंगे'].map(dv).join('|')})${DE}|${dalt('तेरा तुम्हारा')}\\s(?:${dv('भी')}\\s)?${dv('हिसाब')}\\s(?:${['होगा', 'करेंगे', 'कर देंगे', 'चुकता', 'बराबर'].map(dv).join('|')})${DE}`;
/** Votes and elections: "janta tumhe chunav mein sabak sikhayegi" is politics. */
const ELECTION = new RegExp(`\\b(?:chunav|chunaav|election|elections|vote|voting|votes|voter|voters|janta|evm|polls)\\b|${dalt('चुनाव वोट मतदान जनता मतदाता')}`);
// "Raat ko akele mat nikalna, zamana kharab hai" said to a journalist (MEDIA in the sentence): a veiled threat,
// not a parent's advice to a child.
const AKELE_LAT = '\\bakele (?:mat|na|nahi) (?:nikalna|nikal|nikalo|ghumna|jaana|jana|aana)\\b(?: \\w+){0,3},? (?:zamana|zamaana|jamana|waqt|wakt|time) (?:kharab|kharaab|bura)\\b';
const AKELE_DEV = `${dv('अकेले')}\\s(?:${['मत', 'ना', 'न'].map(dv).join('|')})\\s(?:${['निकलना', 'निकलो', 'घूमना', 'जाना'].map(dv).join('|')})(?:\\s\\S+){0,3},?\\s(?:${['ज़माना', 'जमाना', 'वक़्त', 'वक्त'].map(dv).join('|')})\\s(?:${['ख़राब', 'खराब', 'बुरा'].map(dv).join('|')})${DE}`;
const MEDIA = new RegExp(`\\b(?:reporter|reporters|patrakar|patrakaar|anchor|journalist|editor|lekhak|lekhika|columnist|author|madam|madamji|sahab|saheb|sahib|babu|bhai sahab)\\b|${dalt('रिपोर्टर पत्रकार एंकर संपादक लेखक लेखिका मैडम साहब')}`);

// The reader told to shut up or get out, or called names as a greeting: "muh band rakh apna", "chup
// kar be", "zubaan sambhal ke", "nikal yahan se", "dafa ho ja", "abe anpadh", "Jaahil, pehle padh le".
// Only the rude imperative closing its clause: "sab neta chup kar ke baith gaye", "pollution mein muh
// band rakho" (plural advice) and "netaon ko zubaan sambhal ke bolna chahiye" are not.
const CLAUSE_END_LAT = '(?= *(?:[,;:]|$|(?:be|bey|abe|warna|varna|nahi toh|nahi to|samjha|samjhe|apna|apni|tu|aur)\\b))';
const SHUT_LAT =
  `\\b(?:apna |apni |tu |abe |oye )?(?:muh|munh|mooh|moonh|thobda|thobada|zubaan|zuban|zaban|juban) (?:band|bandh) (?:rakh|kar)(?: le)?${CLAUSE_END_LAT}|` +
  `(?:^|[,;:] *)(?:(?:abe|abey|oye|bey|tu|bas|ab|chal) )?(?:chup|chupp) (?:kar|baith|reh|rah|ho ja)(?: (?:be|bey|abe|tu|ja|jaa))?${CLAUSE_END_LAT}|` +
  `\\b(?:apni )?(?:zubaan|zuban|zaban|juban) (?:sambhal|sambhaal)(?: (?:ke|kar|ke baat kar|kar baat kar|ke bol|kar bol))?${CLAUSE_END_LAT}|` +
  `(?:^|[,;:] *)(?:(?:abe|abey|oye|chal|tu) )?(?:nikal|nikl|bhaag|bhag) (?:yahan|yaha|yahaan|idhar) se\\b|\\b(?:dafa|dafaa|dafah) (?:ho|hoja|ho ja|ho jao|ho jaa)\\b`;
const CLAUSE_END_DEV = `(?=\\s*(?:[,;:\\u0964]|$|(?:${['बे', 'अबे', 'वरना', 'नहीं तो', 'अपना', 'अपनी', 'समझा'].map(dv).join('|')})${DE}))`;
const SHUT_DEV =
  `${dalt('मुंह मुँह थोबड़ा ज़ुबान जुबान ज़बान')}\\s(?:${['बंद', 'बन्द'].map(dv).join('|')})\\s(?:${['रख', 'कर'].map(dv).join('|')})(?:\\s${dv('ले')})?${CLAUSE_END_DEV}|` +
  `(?:^|[,;:]\\s*)(?:(?:${['अबे', 'तू', 'बस', 'चल'].map(dv).join('|')})\\s)?${dv('चुप')}\\s(?:${['कर', 'बैठ', 'रह'].map(dv).join('|')})(?:\\s(?:${['बे', 'तू', 'जा'].map(dv).join('|')}))?${CLAUSE_END_DEV}|` +
  `(?:${['ज़ुबान', 'जुबान', 'ज़बान'].map(dv).join('|')})\\s(?:${['संभाल', 'सँभाल', 'सम्भाल'].map(dv).join('|')})(?:\\s(?:${['के', 'कर'].map(dv).join('|')}))?${CLAUSE_END_DEV}|` +
  `(?:^|[,;:]\\s*)(?:(?:${['चल', 'अबे', 'तू'].map(dv).join('|')})\\s)?(?:${['निकल', 'भाग'].map(dv).join('|')})\\s(?:${['यहां', 'यहाँ', 'इधर'].map(dv).join('|')})\\s${dv('से')}${DE}|${dalt('दफा दफ़ा दफ़ह')}\\s(?:${['हो', 'हो जा', 'हो जाओ'].map(dv).join('|')})${DE}`;
// Names as a greeting: "abe anpadh", "oye gadhe", "अबे गधे"; or opening the sentence before an order:
// "Jaahil, pehle padh le" (not a list of names quoted from an epic: "मूर्ख, नीच, दुर्बुद्धि"; and
// "pagal" is left out: "Pagal, poori duniya pagal hai" is a sigh).
const VOC_WORDS = 'anpadh|anpad|gawar|ganwar|gawaar|ganwaar|jaahil|jahil|murkh|moorkh|bewakoof|bevkoof|bewkoof|bevakoof|nalayak|naalayak|nikamme|nikamma|besharam|gadhe|gadha|ullu|kamine|kamina|kameene|ghatiya|dogle|dogla|chamche|chamcha|dalal|dalaal|tharki|lukkhe|lukkha|chapri|chhapri|makkar|andhbhakt|andhbhakto|kutte|suar|jokar|nautanki|lallu|lalloo|chomu|chommu|bewde|bevde|bewda|fattu|phattu|dhongi|kameeni|bikau|bikaau|paltu|bhains ki aankh|ullu ka pattha|ullu ke patthe|ullu ke pathe';
const ABE_LAT = `(?:\\b(?:abe|abey|abbe|oye|oyee|bey)\\b(?: o)?|\\b(?:arey|arre|are|ari) o\\b),? (?:${VOC_WORDS}|${LAT_INSULT_WORDS}|pagal|paagal)\\b|^ *(?:${VOC_WORDS})(?: (?:${VOC_WORDS}|insaan|aadmi|kahin ka))? *[,!] *(?:pehle|chal|ja|jaa|sun|padh|seekh|dekh|samajh|nikal|chup|bhaag)\\b`;
const ABE_DEV = `(?:${dalt('अबे ओए ऐ')}(?:\\s${dv('ओ')})?|${dalt('अरे अरी')}\\s${dv('ओ')}),?\\s(?:${[...DEV_INSULT_WORDS.split(' '), 'बिकाऊ', 'चमचे', 'दलाल'].map(dv).join('|')})${DE}|^\\s*(?:${['अनपढ़', 'गंवार', 'गँवार', 'जाहिल', 'मूर्ख', 'बेवकूफ़', 'नालायक', 'बेशर्म', 'गधे', 'कमीने', 'दोगले', 'चमचे', 'दलाल'].map(dv).join('|')})(?:\\s(?:${['गंवार', 'गँवार', 'जाहिल', 'इंसान'].map(dv).join('|')}))?\\s*[,!]\\s*(?:${['पहले', 'चल', 'जा', 'सुन', 'पढ़', 'सीख', 'देख', 'समझ', 'निकल', 'चुप', 'भाग'].map(dv).join('|')})${DE}`;

// (SHAKAL: not the writer's own face: "maine apni shakal dekhi aaine mein".)
// "Tera baap bhi aa jaye toh kuch nahi kar payega", "tera baap bhi kuch nahi ukhaad sakta": a taunt.
const BAAP_LAT = '\\b(?:tera|tumhara|tere|tumhare) baap bhi(?: \\w+){0,5}? (?:nahi|nahin|nhi|na) (?:kar|bigaad|bigad|ukhaad|ukhad|ukhaad|rok|bacha|hila) (?:payega|paayega|paega|sakta|skta|sakega|payenge|sakte)\\b';
const BAAP_DEV = `${dalt('तेरा तुम्हारा तेरे तुम्हारे')}\\s${dv('बाप')}\\s${dv('भी')}(?:\\s\\S+){0,5}?\\s${dv('नहीं')}\\s(?:${['कर', 'बिगाड़', 'उखाड़', 'रोक', 'बचा'].map(dv).join('|')})\\s(?:${['पाएगा', 'पायेगा', 'सकता', 'सकेगा'].map(dv).join('|')})${DE}`;
// A journalist or leader called a name at the start of a sentence, then told off: "Bhikhari patrakar, paise ke liye kuch bhi likhega".
const PRO_WORDS = 'patrakar|patrakaar|anchor|reporter|journalist|editor|lekhak|lekhika|neta|mantri';
const VOC_PRO_LAT = `^ *(?:${'anpadh|gawar|ganwar|jaahil|jahil|murkh|bewakoof|nalayak|nikamme|nikamma|besharam|gadhe|ullu|kamine|kamina|dogle|dogla|chamche|chamcha|dalal|dalaal|tharki|makkar|jokar|bhikhari|bhikari|bikau|bikaau|paltu|ghatiya|jhootha|jhoothe|jhutha'}) (?:${PRO_WORDS}) *[,!:]`;
const VOC_PRO_DEV = `^\\s*(?:${['अनपढ़', 'गंवार', 'जाहिल', 'मूर्ख', 'बेवकूफ़', 'नालायक', 'निकम्मे', 'बेशर्म', 'कमीने', 'दोगले', 'चमचे', 'दलाल', 'मक्कार', 'जोकर', 'भिखारी', 'बिकाऊ', 'पालतू', 'घटिया', 'झूठे'].map(dv).join('|')})\\s(?:${['पत्रकार', 'एंकर', 'रिपोर्टर', 'संपादक', 'लेखक', 'नेता', 'मंत्री'].map(dv).join('|')})\\s*[,!:]`;

// "Aukaat dekh ke baat kar", "do kaudi ka aadmi": the reader put in their place, worth two cowries.
const AUKAAT_DEKH_LAT = '(?:^|[.!?,;] *)(?:apni )?(?:auka+t|aukad|okat|aukaad) (?:dekh|dekh ke|dekhke|dekh kar|dekhkar|mein reh ke|me reh ke) (?:baat kar|baat karo|bol|bolo|likh|likho|comment kar|comment karo)\\b|\\bdo (?:kaudi|kodi|kauri|kori|kaudee|takke|take|takiya|takiye) (?:ka|ki|ke) (?:aadmi|admi|insaan|insan|patrakar|patrakaar|anchor|neta|log|banda|bande|reporter|journalist|editor|lekhak|aurat|ladka|ladki)\\b';
const AUKAAT_DEKH_DEV = `(?:^|[.!?,;\\u0964]\\s*)(?:${dv('अपनी')}\\s)?${dv('औकात')}\\s(?:${['देख', 'देखकर', 'देख के', 'देख कर'].map(dv).join('|')})\\s(?:${['बात कर', 'बात करो', 'बोल', 'बोलो', 'लिख'].map(dv).join('|')})${DE}|${dalt('दो')}\\s(?:${['कौड़ी', 'कोड़ी', 'टके', 'टकिया'].map(dv).join('|')})\\s(?:${['का', 'की', 'के'].map(dv).join('|')})\\s(?:${['आदमी', 'इंसान', 'पत्रकार', 'एंकर', 'नेता', 'लोग', 'बंदा'].map(dv).join('|')})${DE}`;
// "Kal office ke bahar milna, phir baat karte hain tujhse": a meeting outside to settle it.
const BAHAR_MIL_LAT = '\\b(?:bahar|baahar|neeche|niche) (?:mil|milna|milo|mil jaana|mil jana|aa|aaja|aana|aao)\\b(?: \\w+){0,3}?,? (?:phir|fir|tab|wahin|wahi) (?:baat karte hain|baat karenge|baat karunga|batata h(?:oo|u)n|batate hain|dekhte hain|dekh lenge|samjhata h(?:oo|u)n|samjhate hain) (?:tujhse|tumse|tere se|tujhe|tumhe|tujhko|tumko)\\b';

// hinglish11. A journalist pointed at and called a name: "ye anchor bikau hai", "ये एंकर बिकाऊ है", "yeh reporter
// ekdum ghatiya hai" (media only: "ye neta log nikamme hain kaam ke maamle me" weighs a politician's work).
const MEDIA_PRO_LAT = 'patrakar|patrakaar|anchor|reporter|journalist|editor|lekhak|lekhika|columnist|sampadak';
const DEM_PRO_LAT = `\\b(?:ye|yeh|woh|wo|voh)(?: \\w+)? (?:${MEDIA_PRO_LAT}|aadmi|admi|banda|aurat|insaan|insan)(?: (?:sahab|saab|sahib|madam|ji))?(?: (?:toh|to|bhi|ekdum|ekdam|bilkul|poora|pura|sach mein|sach me|ek number ka|ek number ki|pakka|bahut))* (?:${LAT_INSULT_WORDS})(?: aur (?:${LAT_INSULT_WORDS}))? (?:hai|he|h|hain|nikla|nikli)\\b`;
const DEM_PRO_DEV = `${dalt('ये यह वो वह')}(?:\\s\\S+)?\\s(?:${['एंकर', 'पत्रकार', 'रिपोर्टर', 'संपादक', 'लेखक', 'लेखिका'].map(dv).join('|')})(?:\\s(?:${['तो', 'भी', 'एकदम', 'बिल्कुल', 'बिलकुल', 'पूरा', 'पक्का'].map(dv).join('|')}))*\\s(?:${DEV_INSULT_WORDS.split(' ').map(dv).join('|')})\\s(?:${['है', 'हैं', 'निकला', 'निकली'].map(dv).join('|')})${DE}`;
// "Ek baar mil ja tu, phir batayenge", "haath aa gaya toh dekh lenge": the reader met, then dealt with.
const MIL_JA_LAT = '\\b(?:ek baar|ek bar|bas ek baar|kabhi)(?: \\w+)? (?:mil|mil ja|mil jaa|saamne aa|samne aa|haath aa|hath aa|haath lag|hath lag)(?: \\w+){0,2},? (?:phir|fir|tab|toh|to)(?: \\w+)? (?:batayenge|bataenge|bata(?:u|oo)nga|dekh lenge|dekh l(?:u|oo)nga|samjhayenge|samjhaenge|samjha(?:u|oo)nga)\\b';
const MIL_JA_DEV = `${dalt('एक')}\\s${dv('बार')}\\s(?:${['मिल', 'मिल जा', 'सामने आ', 'हाथ आ', 'हाथ लग'].map(dv).join('|')})(?:\\s\\S+){0,2},?\\s(?:${['फिर', 'तब', 'तो'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['बताएंगे', 'बतायेंगे', 'बताऊंगा', 'बताऊँगा', 'देख लेंगे', 'देख लूंगा', 'समझाएंगे'].map(dv).join('|')})${DE}`;
// "Tu hai kaun be", "kaun hai be tu", "chal phoot": the reader dismissed (not "chal hat, mazaak mat kar yaar", banter).
const KAUN_BE_LAT = '\\b(?:tu|tum) (?:hai|ho|he|h) (?:kaun|kon) (?:be|bey|abe)\\b|\\b(?:tu|tum) (?:kaun|kon) (?:hai|ho|he|h) (?:be|bey|abe)\\b|\\b(?:kaun|kon) (?:hai|he|h|ho) (?:be|bey) (?:tu|tum)\\b|(?:^|[,;:] *)(?:(?:abe|abey|oye|bey|tu) )?chal (?:phoot|phut|foot|fut)(?: (?:be|bey|abe|yahan se))?(?= *(?:[,;:]|$))';
const KAUN_BE_DEV = `${dalt('तू तुम')}\\s(?:${['है', 'हो'].map(dv).join('|')})\\s${dv('कौन')}\\s(?:${['बे', 'अबे'].map(dv).join('|')})${DE}|${dalt('तू तुम')}\\s${dv('कौन')}\\s(?:${['है', 'हो'].map(dv).join('|')})\\s(?:${['बे', 'अबे'].map(dv).join('|')})${DE}|(?:^|[,;:]\\s*)${dv('चल')}\\s${dv('फूट')}(?:\\s${dv('बे')})?(?=\\s*(?:[,;:\\u0964]|$))`;

// hinglish11. "Aapko journalism ka J bhi nahi aata": not the first letter of one's own trade (the reader or someone pointed at).
const KA_J_LAT = '\\b(?:tujhe|tujhko|tumhe|tumko|tumhein|aapko|apko|isko|usko|ise|use|inko|unko|ise)(?: \\w+){0,3} ka (?:[a-z]|abc|abcd|a b c|k kh g|ka kha ga) bhi (?:nahi|nahin|nhi) (?:aata|ata|pata|maloom|malum)\\b';
const KA_J_DEV = `(?:${['तुझे', 'तुम्हें', 'तुमको', 'आपको', 'इसको', 'उसको', 'इसे', 'उसे', 'इन्हें', 'उन्हें'].map(dv).join('|')})(?:\\s\\S+){0,3}\\s${dv('का')}\\s(?:${['क', 'क ख ग', 'ए बी सी'].map(dv).join('|')})\\s${dv('भी')}\\s${dv('नहीं')}\\s(?:${['आता', 'पता'].map(dv).join('|')})${DE}`;
// "Tu apni maa ka bhi nahi hua": faithless even to one's mother.
const MAA_KA_LAT = '\\b(?:tu|tum|woh|wo|ye|yeh) apni (?:maa|ma) (?:ka|ki|ke) (?:bhi )?(?:nahi|nahin|nhi|na) (?:hua|hui|hue|huya)\\b';
// "Uske haath kaat dene chahiye", "उसके हाथ काट देने चाहिए": a limb of the reader or of someone pointed at cut or broken.
const LIMB_LAT = '\\b(?:uske|iske|unke|inke|tere|tumhare|teri|tumhari|uski|iski|unki|inki|aise logon ke|aise logo ke|is reporter ke|is anchor ke|is patrakar ke)(?: \\w+)? (?:haath|hath|haat|pair|pairon|taang|taangein|tange|zubaan|zuban|jubaan|ungli|ungliyan|ungliyaan|gardan|kalam) (?:kaat|kat|tod|todh|ukhaad|ukhad|kheench|khinch|kuchal|phod|fod) (?:dene|deni|dena|dalne|daalne) (?:chahiye|chahie|chaiye)\\b';
const LIMB_DEV = `${dalt('उसके इसके उनके इनके तेरे तुम्हारे तेरी तुम्हारी उसकी इसकी')}\\s(?:${['हाथ', 'पैर', 'टांग', 'टाँग', 'ज़ुबान', 'जुबान', 'उंगली', 'उंगलियां', 'गर्दन', 'कलम'].map(dv).join('|')})\\s(?:${['काट', 'तोड़', 'उखाड़', 'खींच', 'कुचल'].map(dv).join('|')})\\s(?:${['देने', 'देनी', 'देना', 'डालने'].map(dv).join('|')})\\s(?:${['चाहिए', 'चाहिये'].map(dv).join('|')})${DE}`;

// "Tumhari aisi ki taisi", "तेरी ऐसी की तैसी": the reader damned.
const TAISI_LAT = '\\b(?:teri|tumhari|tum logon ki|tum logo ki|iski|uski|inki|unki) (?:aisi ki taisi|aisi taisi|aisi ki tesi)\\b';
const TAISI_DEV = `${dalt('तेरी तुम्हारी इसकी उसकी')}\\s${dv('ऐसी')}\\s(?:${dv('की')}\\s)?${dv('तैसी')}${DE}`;

// "Ek thappad padega na toh akal thikane aa jayegi", "एक थप्पड़ पड़ेगा": a slap promised.
const THAPPAD_LAT = '\\b(?:thappad|thapad|jhapad|jhaapad|chamaat|chamat|chaanta|chanta|kantap|kantaap) (?:padega|padegi|padenge|lagega|lagegi|(?:laga|maar|rasid|jad|jadd) (?:d(?:u|oo)nga|denge|dunga))\\b';
const THAPPAD_DEV = `${dalt('थप्पड़ तमाचा चांटा चाँटा कंटाप')}\\s(?:${['पड़ेगा', 'पड़ेगी', 'पड़ेंगे', 'लगेगा', 'लगेगी', 'मारूंगा', 'मारूँगा', 'जड़ दूंगा', 'जड़ दूँगा', 'लगा दूंगा', 'रसीद कर दूंगा'].map(dv).join('|')})${DE}`;
// A body part of the reader harmed: "bahut bol raha hai tu, zubaan kheench lunga" (the reader a subject elsewhere in the sentence).
const BODY_FUT_LAT = `\\b(?:zubaan|zuban|jubaan|haath|hath|taang|taangein|tange|haddi|haddiyan|haddiyaan|haddi pasli|gardan|daant|daat|muh|munh|khopdi|khopadi|aankhen|aankh)(?: \\w+)? ${HARM_STEM_LAT}${FUT_LAT}${NOT_AFTER_LAT}`;
// "Tum log insaan kehlane layak nahi ho", "तुम लोग इंसान कहलाने लायक नहीं हो".
const LAYAK_LAT = '\\b(?:tu|tum|tum log|tum sab|aap log)(?: \\w+){0,2}? (?:insaan|insan|aadmi|admi|patrakar|patrakaar|journalist|reporter|anchor|hindustani|bharatiya|indian) (?:kehlane|kahlane|kehalane|kehne|kahne|bulane)(?: ke)? (?:layak|laayak|layk|kabil|kaabil) (?:nahi|nahin|nhi|na) (?:ho|hai|he|h)\\b';
const LAYAK_DEV = `${dalt('तू तुम आप')}(?:\\s\\S+){0,2}?\\s(?:${['इंसान', 'इन्सान', 'आदमी', 'पत्रकार', 'हिंदुस्तानी', 'भारतीय'].map(dv).join('|')})\\s(?:${['कहलाने', 'कहने'].map(dv).join('|')})(?:\\s${dv('के')})?\\s(?:${['लायक', 'लायक़', 'काबिल', 'क़ाबिल'].map(dv).join('|')})\\s${dv('नहीं')}\\s(?:${['हो', 'है'].map(dv).join('|')})${DE}`;
// "Teri khopdi me bhoosa bhara hai", "aapke dimaag me gobar bhara hai": the reader's (or someone pointed at's) head full of straw or dung.
const BHOOSA_LAT = '\\b(?:tere|teri|tera|tumhare|tumhari|tumhara|aapke|aapki|apke|apki|iske|uske|iski|uski|inke|unke)(?: \\w+)? (?:dimaag|dimag|dimaak|khopdi|khopadi|bheja|bheje|sar|sir) (?:(?:mein|me|mai|main) )?(?:gobar|bhoosa|bhusa|bhoosaa|kachra|kachara|tatti|potty|mitti|bhoosa) (?:bhara|bhari|bhare)\\b';
const BHOOSA_DEV = `${dalt('तेरे तेरी तुम्हारे तुम्हारी आपके आपकी इसके उसके इसकी उसकी')}\\s(?:${['दिमाग', 'खोपड़ी', 'भेजे', 'भेजा', 'सिर'].map(dv).join('|')})\\s(?:${dv('में')}\\s)?(?:${['गोबर', 'भूसा', 'कचरा'].map(dv).join('|')})\\s(?:${['भरा', 'भरी', 'भरे'].map(dv).join('|')})${DE}`;

// hindi10. The reader (or "aap jaise log", the polite form used as a taunt) blamed for the
// country's ruin: "aap jaise log hi desh ka naam kharab karte ho", "tum jaise log desh ko barbaad
// kar rahe ho" (not praise: "aap jaise log hi desh ka naam roshan karte hain").
const BLAME_LAT = '\\b(?:tum|tu|aap|ap|tere|tumhare|aapke|apke|tujh) (?:jaise|jaisa|jese|jaison)(?: \\w+)? (?:log|logon|logo|insaan|insan|aadmi|admi|patrakar|anchor|neta)(?: \\w+){0,6}? (?:naam kharab|naam kharaab|naam badnaam|badnaam|badnam|barbaad|barbad|tabah|beda gark|bedaa gark|beda garak|ganda|gandagi|khokhla|khokhlaa|bigaad|bigad)\\b';
const BLAME_DEV = `${dalt('तुम तू आप तेरे तुम्हारे आपके तुझ')}\\s(?:${['जैसे', 'जैसा'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['लोग', 'लोगों', 'इंसान', 'आदमी', 'पत्रकार'].map(dv).join('|')})(?:\\s\\S+){0,6}?\\s(?:${['नाम खराब', 'नाम ख़राब', 'बदनाम', 'बर्बाद', 'तबाह', 'बेड़ा गर्क', 'गंदा', 'खोखला'].map(dv).join('|')})${DE}`;
// The reader as the one who should be jailed or thrown out: "tujhe toh jail mein daal dena chahiye",
// "tumko toh school se nikal dena chahiye tha" (not "ghotala karne walon ko jail mein daalo": a
// demand for the law to act on wrongdoers named by their deed).
const JAISON_KO_LAT = '\\b(?:tum|tu|tere|tumhare|tujh) (?:jaison|jaise logon|jaise logo|jaise log|jaise) ko\\b';
const PUNISH_READER_LAT = `(?:${SP2_OBJ_LAT}|${JAISON_KO_LAT})(?: (?:toh|to|bhi|sabko|sab ko))?(?: \\w+){0,3}? (?:jail|jel|pagalkhane|pagal khane|school|college|naukri|channel|desh|party|samaj|samaaj) (?:mein|me|mai|se) (?:daal|dal|band kar|bhej|nikal|nikaal|bahar kar|bahar nikal)(?: (?:dena|dene|de))? (?:chahiye|chaiye|chahie)\\b|(?:${SP2_OBJ_LAT}|${JAISON_KO_LAT})(?: (?:toh|to|bhi))?(?: \\w+){0,2}? (?:jail|jel)(?: (?:mein|me|mai))? (?:sadna|sadhna|sadd?na|marna|sadte rehna|chakki peesni) (?:chahiye|chaiye|chahie)\\b`;
const JAISON_KO_DEV = `${dalt('तुम तू तेरे तुम्हारे तुझ')}\\s(?:${['जैसों', 'जैसे लोगों', 'जैसे'].map(dv).join('|')})\\s${dv('को')}${DE}`;
const PUNISH_READER_DEV = `(?:${SP2_OBJ_DEV}|${JAISON_KO_DEV})(?:\\s(?:${['तो', 'भी'].map(dv).join('|')}))?(?:\\s\\S+){0,3}?\\s(?:${['जेल', 'पागलखाने', 'स्कूल', 'नौकरी', 'देश', 'पार्टी', 'समाज'].map(dv).join('|')})\\s(?:${['में', 'से'].map(dv).join('|')})\\s(?:${['डाल', 'बंद कर', 'भेज', 'निकाल'].map(dv).join('|')})(?:\\s(?:${['देना', 'दे'].map(dv).join('|')}))?\\s(?:${['चाहिए', 'चाहिये'].map(dv).join('|')})${DE}`;
// Brains gone walking: "tum log dimaag se paidal ho", "दिमाग से पैदल" (said of the reader or of someone pointed at).
const PAIDAL_LAT = '\\b(?:dimaag|dimag|dimaak|akal|akl|akkal|bheja) (?:se|ke) (?:paidal|pedal|paydal)\\b';
const PAIDAL_DEV = `${dalt('दिमाग अक्ल अकल भेजा')}\\s${dv('से')}\\s${dv('पैदल')}${DE}`;
// A journalist or the reader told their home is known, or that someone will come to it, or that
// their job is gone: "Reporter sahab, ghar ka pata hai humein, sambhal ke likhna", "teri naukri toh
// gayi samjho, ghar pe aayenge hum" (MEDIA or the reader in the text: not a family visit).
const HOME_LAT =
  '\\bghar ka (?:pata|address|adress) (?:(?:hai|he|h|maloom hai|malum hai|pata hai) (?:humein|hume|hamein|hame|humko|hamko|mujhe|mujhko|sabko)|(?:humein|hume|hamein|hame|humko|hamko|mujhe|mujhko|sabko) (?:pata|maloom|malum) (?:hai|he|h))\\b|' +
  '\\bghar (?:pe|par|tak) (?:aayenge|ayenge|aaenge|aa jayenge|aa jaenge|pahunchenge|pahuchenge|pahunch jayenge|aa rahe hain|aate hain)(?: hum| ham| hum log)?\\b|' +
  '\\b(?:teri|tumhari) (?:naukri|job|kursi)(?: (?:toh|to|bhi))? (?:gayi|gai|gyi) (?:samjho|samajh|samjh|samjhna|samajhna)\\b|' +
  '\\bghar (?:pe|par) (?:patthar|pathar|pathhar|bulldozer|buldozer) (?:padenge|padega|chalega|chalenge|phenkenge|fenkenge|barsenge|chalwa denge|chalwayenge)\\b|' +
  // (hinglish11: "tere ghar ka address nikal liya hai, intezaar kar")
  '\\b(?:tere|tumhare|teri|tumhari) ghar (?:ka|ki) (?:pata|address|adress|location) (?:nikal|nikaal|nikalwa|dhundh|dhoondh|mil gaya|mil gya|pata chal|hamare paas|humare paas|mere paas)\\w*|' +
  '\\bghar (?:aake|aa ke|aakar|aa kar) (?:batate|batayenge|bataenge|bata(?:u|oo)nga|samjhate|samjhayenge|samjhaenge|dekhte|dekhenge)\\b';
const HOME_DEV = `${dalt('घर')}\\s${dv('का')}\\s${dv('पता')}\\s(?:${['है', 'मालूम है'].map(dv).join('|')})\\s(?:${['हमें', 'हमको', 'मुझे', 'सबको'].map(dv).join('|')})${DE}|${dalt('घर')}\\s(?:${['पर', 'पे', 'तक'].map(dv).join('|')})\\s(?:${['आएंगे', 'आयेंगे', 'आ जाएंगे', 'पहुंचेंगे', 'पहुँचेंगे'].map(dv).join('|')})${DE}|${dalt('घर')}\\s(?:${['आके', 'आ के', 'आकर', 'आ कर'].map(dv).join('|')})\\s(?:${['बताते', 'बताएंगे', 'बतायेंगे', 'बताऊंगा', 'समझाते', 'समझाएंगे', 'देखते', 'देखेंगे'].map(dv).join('|')})${DE}|${dalt('तेरी तुम्हारी')}\\s${dv('नौकरी')}(?:\\s(?:${['तो', 'भी'].map(dv).join('|')}))?\\s(?:${['गई', 'गयी'].map(dv).join('|')})\\s(?:${['समझो', 'समझ'].map(dv).join('|')})${DE}`;
// The reader as the country's problem or enemy: "tumhare jaise log hi is desh ki sabse badi problem ho",
// "aap log hi desh ke dushman ho" (not "aap log hi desh ki taakat ho").
const BLAME_HI_LAT = '\\b(?:tum|tu|aap|ap|tumhare|tere|aapke|apke)(?: (?:jaise|jaisa|jese))? (?:log|logon|logo|patrakar|neta|anchor) hi(?: \\w+){0,5}? (?:problem|samasya|dushman|dushmano|dushmanon|bojh|kalank|khatra|cancer|bimari|beemari|keede|kide|deemak|dimak|gaddar|gaddaar)(?: \\w+)? (?:ho|hai|hain|he)\\b';
const BLAME_HI_DEV = `${dalt('तुम तू आप तुम्हारे तेरे आपके')}(?:\\s(?:${['जैसे', 'जैसा'].map(dv).join('|')}))?\\s(?:${['लोग', 'लोगों', 'पत्रकार', 'नेता'].map(dv).join('|')})\\s${dv('ही')}(?:\\s\\S+){0,5}?\\s(?:${['समस्या', 'दुश्मन', 'बोझ', 'कलंक', 'खतरा', 'ख़तरा', 'कैंसर', 'बीमारी', 'कीड़े', 'दीमक', 'गद्दार'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['हो', 'है', 'हैं'].map(dv).join('|')})${DE}`;
// The reader "dealt with": "teri khabar lenge hum"; harm called for on the reader's kind: "tumhare jaise
// patrakaron ko sadak par ghaseetna chahiye".
const KHABAR_LAT = '\\b(?:teri|tumhari|tum sab ki|tum logon ki|tum logo ki) (?:khabar|khbar|khabr) (?:lenge|l(?:u|oo)nga|l(?:u|oo)ngi|li jayegi|li jaegi|lete hain)\\b';
const KHABAR_DEV = `${dalt('तेरी तुम्हारी')}\\s${dv('ख़बर')}\\s(?:${['लेंगे', 'लूंगा', 'लूँगा', 'ली जाएगी'].map(dv).join('|')})${DE}`;
const JAISE_HARM_LAT = '\\b(?:tum|tu|tere|tumhare|tujh|aap|aapke|apke) (?:jaise|jaisa|jese|jaison)(?: \\w+){0,2}? ko(?: \\w+){0,3}? (?:maarna|marna|maarne|marne|peetna|pitna|peetne|pitne|ghaseetna|ghasitna|latkana|latkane|jalana|jalane|thokna|thokne|goli maarni|goli marni|phansi|fansi|phaansi)(?: \\w+)? (?:chahiye|chaiye|chahie)\\b';
const JAISE_HARM_DEV = `${dalt('तुम तू तेरे तुम्हारे तुझ')}\\s(?:${['जैसे', 'जैसा', 'जैसों'].map(dv).join('|')})(?:\\s\\S+){0,2}?\\s${dv('को')}(?:\\s\\S+){0,3}?\\s(?:${['मारना', 'पीटना', 'घसीटना', 'लटकाना', 'जलाना', 'ठोकना', 'गोली मारनी', 'फांसी', 'फाँसी'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['चाहिए', 'चाहिये'].map(dv).join('|')})${DE}`;
// A warning with harm after it: "zyada hoshiyari mat dikha warna tod denge" (the reader addressed or ordered).
const WARNA_HARM_LAT = `\\b(?:warna|varna|nahi toh|nahi to|nahin toh)(?: \\w+){0,2}? ${HARM_STEM_LAT}${FUT_LAT}`;
// The reader's shamelessness: "itna jhooth likhte hue haath nahi kaanpte tumhare?", "zameer nahi jaagta tera?".
const KAANPTE_LAT = '\\b(?:haath|hath|kalam|zameer|zamir|aatma|atma) (?:nahi|nahin|nhi|na) (?:kaanpte|kanpte|kaanpta|kanpta|kaanpti|kanpti|kaanpe|kanpe|kaanpa|jaagta|jagta|jaagti|jagti)\\b';
const KAANPTE_DEV = `${dalt('हाथ कलम क़लम ज़मीर जमीर आत्मा')}\\s${dv('नहीं')}\\s(?:${['कांपते', 'काँपते', 'कांपता', 'कांपती', 'कांपे', 'जागता', 'जागती'].map(dv).join('|')})${DE}`;
// Power flaunted at the reader: "tujhe nahi pata hum kaun hain" (not "tumhe pata hai hum kaun hain? Bharat ke log").
const KAUN_LAT = `${SP2_OBJ_LAT} (?:(?:nahi|nahin|nhi) (?:pata|maloom|malum)|(?:pata|maloom|malum) (?:nahi|nahin|nhi)) (?:ki )?(?:hum|ham|main|mai) (?:kaun|kon) (?:hain|hai|hoon|hu|h|he)\\b`;
const KAUN_DEV = `${SP2_OBJ_DEV}\\s(?:${['नहीं पता', 'नहीं मालूम', 'पता नहीं', 'मालूम नहीं'].map(dv).join('|')})\\s(?:${dv('कि')}\\s)?(?:${['हम', 'मैं'].map(dv).join('|')})\\s${dv('कौन')}\\s(?:${['हैं', 'हूं', 'हूँ'].map(dv).join('|')})${DE}`;
// "Patrakar ho ya dalal?": the reader's trade questioned with an insult as the other choice.
const HO_YA_LAT = `\\b(?:patrakar|patrakaar|anchor|reporter|journalist|neta|editor|insaan|insan|aadmi|admi) (?:ho|hai|he|h) (?:ya|yaa) (?:${LAT_INSULT_WORDS}|(?:\\w+ (?:ke|ka|ki) )?(?:naukar|naukr|gulam|ghulam|chamche|chamcha|dalal|dalaal|pittu|paltu))\\b`;
const HO_YA_DEV = `${dalt('पत्रकार एंकर रिपोर्टर नेता संपादक इंसान आदमी')}\\s(?:${['हो', 'है'].map(dv).join('|')})\\s${dv('या')}\\s(?:${[...DEV_INSULT_WORDS.split(' '), 'बिकाऊ'].map(dv).join('|')})${DE}`;
// The reader told to be ashamed ("tumhe sharam aani chahiye"; not "neta ji ko sharam aani chahiye", about an office
// holder), or pitied for their wits ("aapki soch pe taras aata hai").
const SHARAM_AANI_LAT = `${SP2_OBJ_LAT}(?: \\w+){0,2}? (?:sharam|sharm|laaj|laj) (?:aani|ani) (?:chahiye|chaiye|chahie)\\b`;
const SHARAM_AANI_DEV = `${SP2_OBJ_DEV}(?:\\s\\S+){0,2}?\\s(?:${['शर्म', 'शरम', 'लाज'].map(dv).join('|')})\\s${dv('आनी')}\\s(?:${['चाहिए', 'चाहिये'].map(dv).join('|')})${DE}`;
const TARAS_LAT = '\\b(?:teri|tumhari|aapki|apki|tere|tumhare|aapke|apke|tera|tumhara|aapka|apka) (?:soch|akal|akl|akkal|dimaag|dimag|samajh|samjh|buddhi|bheja|gyan|gyaan|budhi)(?: \\w+)? (?:pe|par) (?:taras|tars|daya|dayaa|hansi|hasi) (?:aata|aati|ata|ati|aa raha|aa rahi)\\b';
const TARAS_DEV = `${dalt('तेरी तुम्हारी आपकी तेरे तुम्हारे आपके तेरा तुम्हारा आपका')}\\s(?:${['सोच', 'अक्ल', 'अकल', 'दिमाग', 'समझ', 'बुद्धि', 'ज्ञान'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['पर', 'पे'].map(dv).join('|')})\\s(?:${['तरस', 'दया', 'हंसी', 'हँसी'].map(dv).join('|')})\\s(?:${['आता', 'आती'].map(dv).join('|')})${DE}`;
// The reader's livelihood threatened: "tumhara channel band karwa denge", "तेरा चैनल बंद करवा देंगे".
const BAND_LAT = '\\b(?:tera|tumhara|teri|tumhari|tere|tumhare) (?:channel|akhbar|akhbaar|dukaan|dukan|naukri|blog|account|paper|portal|youtube channel|dhandha|dhanda) (?:band|bandh) (?:karwa|karva|kara|karaa|kar) (?:denge|d(?:u|oo)nga|dega|daalenge|dalenge)\\b';
const BAND_DEV = `${dalt('तेरा तुम्हारा तेरी तुम्हारी तेरे तुम्हारे')}\\s(?:${['चैनल', 'अख़बार', 'अखबार', 'दुकान', 'नौकरी', 'धंधा'].map(dv).join('|')})\\s(?:${['बंद', 'बन्द'].map(dv).join('|')})\\s(?:${['करवा', 'करा', 'कर'].map(dv).join('|')})\\s(?:${['देंगे', 'दूंगा', 'दूँगा', 'देगा'].map(dv).join('|')})${DE}`;
// "Tumhari himmat kaise hui ye likhne ki?": the reader's nerve challenged (not "himmat kaise hui chor ki").
const HIMMAT_LAT = '\\b(?:teri|tumhari|tum logon ki|tum logo ki) (?:himmat|himat|jurrat|jurat|hosla|hausla) (?:kaise|kese|kaisi) (?:hui|huyi|hue|hoi)\\b';
const HIMMAT_DEV = `${dalt('तेरी तुम्हारी')}\\s(?:${['हिम्मत', 'जुर्रत', 'हौसला'].map(dv).join('|')})\\s${dv('कैसे')}\\s(?:${['हुई', 'हुए'].map(dv).join('|')})${DE}`;
// The insult first, the reader after: "padhe likhe jaahil ho tum sab".
// (hinglish11: with a noun for a person between, "kitna gira hua insaan hai tu".)
const X_HO_TUM_LAT = `\\b(?:${LAT_INSULT_WORDS})(?: (?:insaan|insan|aadmi|admi|banda|aurat|patrakar|anchor|reporter))? (?:ho|hai|he|h) (?:tum|tu)\\b`;
const X_HO_TUM_DEV = `${DB}(?:${DEV_INSULT_WORDS.split(' ').map(dv).join('|')})\\s(?:${['हो', 'है'].map(dv).join('|')})\\s(?:${['तुम', 'तू'].map(dv).join('|')})${DE}`;
// The reader told they should be shot or hanged: "तुझे तो गोली मार देनी चाहिए".
const SHOOT_READER_DEV = `${SP2_OBJ_DEV}(?:\\s(?:${['तो', 'भी'].map(dv).join('|')}))?(?:\\s\\S+){0,2}?\\s(?:${['गोली मार', 'फांसी पर लटका', 'फाँसी पर लटका', 'फांसी दे', 'लटका', 'जला'].map(dv).join('|')})\\s(?:${['देनी', 'देना', 'दे'].map(dv).join('|')})\\s(?:${['चाहिए', 'चाहिये'].map(dv).join('|')})${DE}`;
// "Kitna chaata hai sarkar ke talwe": boot-licking, asked.
const TALWE_LAT = '\\b(?:kitna|kitne|kab tak) (?:chaata|chata|chaate|chate|chaatoge|chaatega|chaatte|chatte)(?: (?:hai|ho|hain|hoge|rahoge|rahega))?(?: \\w+){0,2}? (?:ke |ki )?(?:talwe|talve|talue|joote|jootay|jooti|talwa)\\b';
const MEDIA_OR_READER = new RegExp(`${MEDIA.source}|${SP2_LAT}|${SP2_DEV}`);

// "Ghar se bahar nikalna band kar denge tera": the reader kept from leaving home.
const NIKALNA_LAT = '\\b(?:ghar se )?(?:bahar|baahar) (?:nikalna|nikalna bhi|aana jaana|ghoomna) (?:band|mushkil|haraam|haram|doobhar|dubhar) kar (?:denge|d(?:u|oo)nga|daalenge|dalenge)\\b';
const NIKALNA_DEV = `(?:${dv('घर से')}\\s)?${dv('बाहर')}\\s(?:${['निकलना', 'आना जाना', 'घूमना'].map(dv).join('|')})\\s(?:${['बंद', 'मुश्किल', 'हराम', 'दूभर'].map(dv).join('|')})\\s${dv('कर')}\\s(?:${['देंगे', 'दूंगा', 'दूँगा', 'डालेंगे'].map(dv).join('|')})${DE}`;

// "Dekh lenge tujhe", "tera kya haal karenge", "warna anjaam bura hoga", "teri khair nahi".
const DEKH_AFTER_LAT = `\\bdekh (?:l(?:u|oo)nga|lenge|l(?:u|oo)ngi) ${SP2_OBJ_LAT}|\\b(?:tera|teri|tumhara|tumhari|tere|tumhare) (?:kya|aisa|woh|wo|bura|buri) (?:haal|halat|haalat) (?:karenge|kar(?:u|oo)nga|kar denge|kar d(?:u|oo)nga|kar daalenge|kar dalenge)\\b|\\b(?:teri|tumhari|tum logon ki|tum logo ki) (?:khair|khairiyat) (?:nahi|nahin|nhi)\\b`;
const DEKH_DEV = `${SP2_OBJ_DEV}(?:\\s\\S+){0,2}\\s${dv('देख')}\\s(?:${['लूंगा', 'लूँगा', 'लेंगे', 'लूंगी'].map(dv).join('|')})${DE}|${dv('देख')}\\s(?:${['लूंगा', 'लूँगा', 'लेंगे'].map(dv).join('|')})\\s${SP2_OBJ_DEV}|${dalt('तेरा तुम्हारा')}\\s(?:${['क्या', 'ऐसा', 'बुरा'].map(dv).join('|')})\\s${dv('हाल')}\\s(?:${['करेंगे', 'करूंगा', 'करूँगा', 'कर देंगे'].map(dv).join('|')})${DE}|${dalt('तेरी तुम्हारी')}\\s${dv('ख़ैर')}\\s${dv('नहीं')}${DE}`;
const WARNA_LAT = '\\b(?:warna|varna|nahi toh|nahi to|nahin toh)(?: \\w+){0,3}? (?:dekh lena|dekh lenge|dekh l(?:u|oo)nga|(?:anjaam|anjam|haal|hal|nateeja|natija) (?:bura|accha nahi|acha nahi|theek nahi)|bura haal|accha nahi hoga|acha nahi hoga|theek nahi hoga|thik nahi hoga|bahut bura hoga|bura hoga)\\b';
const WARNA_DEV = `(?:${['वरना', 'नहीं तो'].map(dv).join('|')})(?:\\s\\S+){0,3}?\\s(?:${['देख लेना', 'देख लेंगे', 'अंजाम बुरा', 'अंजाम अच्छा नहीं', 'हाल बुरा', 'बुरा हाल', 'अच्छा नहीं होगा', 'ठीक नहीं होगा', 'बुरा होगा'].map(dv).join('|')})${DE}`;
// Harm wished on the reader: "Bhagwan kare tujhe keede padein", "tu mar ja", "भगवान करे तू बर्बाद हो जाए".
const CURSE_LAT = '\\b(?:bhagwan|bhagwaan|bhagvan|ishwar|upar ?wala|upar ?waala|khuda|allah|rab) (?:kare|kre|karey)(?: \\w+){0,5}? (?:mar (?:ja|jaa|jaye|jaaye|jaae|jaaye)|marr? jaye|barbaad|barbad|tabah|naash|nash|satyanash|satyanaash|keede|kide|kodh|kod|narak|jahannum|laash|vansh|vans|koi (?:na|naa|nahi|nahin) (?:bache|bachey|bacha)|(?:kat|kaat|sad|sadd|gal|toot|tut|phoot|foot) (?:jaye|jaaye|jaae|jaayein|jayein)|(?:chain|chaen|chayn|sukh|sukoon|sukun|shanti) (?:kabhi )?(?:na|naa|nahi|nahin) (?:mile|mil))\\b';
const KEEDE_LAT = `(?:${SP2_LAT})(?: \\w+){0,3}? (?:keede|kide|keeday) (?:pade|padein|padenge|padey|pad jaye|pad jaayein|padein)\\b|(?:${SP2_SUBJ_LAT}) (?:mar (?:ja|jaa|jaa na|ja na)|mar kyun nahi (?:jaata|jata|jaati|jati)|doob mar|dub mar|chullu bhar paani mein doob mar)\\b(?! (?:toh|to|tou|jab|ke|kar)\\b)`;
const CURSE_DEV = `${dalt('भगवान ईश्वर ऊपरवाला खुदा अल्लाह')}\\s${dv('करे')}(?:\\s\\S+){0,5}?\\s(?:${['मर जाए', 'मर जाये', 'बर्बाद', 'तबाह', 'नाश', 'सत्यानाश', 'कीड़े', 'कोढ़', 'नरक', 'वंश', 'कोई न बचे', 'कोई ना बचे', 'कोई नहीं बचे', 'कट जाए', 'कट जाये', 'सड़ जाए', 'गल जाए', 'टूट जाए', 'फूट जाए', 'चैन न मिले', 'चैन ना मिले', 'चैन नहीं मिले', 'सुख न मिले', 'सुकून न मिले', 'शांति न मिले'].map(dv).join('|')})${DE}|${SP2_DEV}(?:\\s\\S+){0,3}?\\s${dv('कीड़े')}\\s(?:${['पड़ें', 'पड़े', 'पड़ेंगे'].map(dv).join('|')})${DE}|${SP2_SUBJ_DEV}\\s(?:${['मर जा', 'डूब मर', 'मर क्यों नहीं जाता', 'मर क्यों नहीं जाती', 'मर क्यों नहीं जाते'].map(dv).join('|')})${DE}`;
// Told to lick boots, or asked how long they will: "ja ke apne aaka ke joote chaat", "kitna chaatega"
// (the reader's verb forms; "media sarkar ke talwe chaat rahi hai" criticises the media).
const CHAAT_LAT = '\\b(?:joote|jootay|jute|juttey|talwe|talve|talue|talwa|jooti|juti|chappal|chappalein|thook|thuk)(?: \\w+)? (?:chaat|chat|chaato|chaat le|chaat lo|chaatega|chaatoge|chaatta reh|chaatte raho|chaatna band kar)\\b(?! (?:ke|kar|kr|ke chamka|liya|liye|li|gaya|gayi|diya|diye|rahi|raha|rahe)\\b)|\\b(?:kitna|kitne|kab tak) (?:talwe|joote|talve) (?:chaatega|chaatoge|chatega|chatoge|chaategi)\\b';
const CHAAT_DEV = `${dalt('जूते तलवे जूती चप्पल')}(?:\\s\\S+)?\\s(?:${['चाट', 'चाटो', 'चाट ले', 'चाटेगा', 'चाटोगे', 'चाटता रह'].map(dv).join('|')})${DE}(?!\\s(?:${['के', 'कर', 'लिया', 'लिए', 'गया', 'गई', 'दिया', 'दिए', 'रही', 'रहा', 'रहे'].map(dv).join('|')})${DE})`;
// "Bas kar chamche", "chal nikal jokar": an order, then the name.
// hinglish11: "सुन बे जोकर", "चल निकल चमचे".
const ORDER_VOC_DEV = `(?:${['बस कर', 'चुप कर', 'चल निकल', 'चल हट', 'निकल', 'सुन', 'सुन बे', 'सुन ले', 'अबे सुन', 'चल'].map(dv).join('|')})\\s(?:(?:${['बे', 'अबे', 'ओए'].map(dv).join('|')})\\s)?(?:${DEV_INSULT_WORDS.split(' ').map(dv).join('|')})${DE}`;
const ORDER_VOC_LAT = `\\b(?:bas kar|bas karo|chup kar|chal nikal|chal hat|nikal|hat|sun|sun be|sun le|abe sun|chal) (?:be |abe |oye )?(?:${VOC_WORDS})\\b`;
// The reader's wits gone grazing: "tumhari akal ghaas charne gayi hai", "akal pe patthar pad gaye".
const AKAL_LAT = '\\b(?:akal|akl|akkal|dimaag|dimag|buddhi|bheja) (?:ghaas|ghas) (?:charne|chrne) (?:gayi|gai|gaya|gaye|chali gayi|chala gaya)\\b|\\b(?:akal|akl|akkal|buddhi) (?:pe|par) (?:patthar|pathar|pathhar) (?:pad|padh|pade|padey)\\w*|\\b(?:akal|akl|akkal) ke (?:andhe|andhon|andho|dushman)\\b|(?<!\\b(?:meri|apni|hamari|humari|mere|apne|hamare|humare) )\\b(?:akal|akl|akkal|buddhi|mati) (?:maari|mari|maaree) (?:gayi|gai|gyi|gaya|gya)\\b';
const AKAL_DEV = `${dalt('अक्ल अकल दिमाग बुद्धि भेजा')}\\s${dv('घास')}\\s${dv('चरने')}\\s(?:${['गई', 'गयी', 'गया', 'गए'].map(dv).join('|')})${DE}|${dalt('अक्ल अकल बुद्धि')}\\s(?:${['पर', 'पे'].map(dv).join('|')})\\s${dv('पत्थर')}\\s(?:${['पड़', 'पड़े', 'पड़ गए'].map(dv).join('|')})|${dalt('अक्ल अकल')}\\s${dv('के')}\\s(?:${['अंधे', 'अंधों', 'दुश्मन'].map(dv).join('|')})${DE}|(?<!(?:${['मेरी', 'अपनी', 'हमारी'].map(dv).join('|')})\\s)${dalt('अक्ल अकल बुद्धि मति')}\\s${dv('मारी')}\\s(?:${['गई', 'गयी'].map(dv).join('|')})${DE}`;
/** A rude order to the reader (before "warna ..."): "zyada hoshiyar mat ban" ("sudhar ja bhai Pakistan team, warna bura haal hoga" is a fan's worry). */
const ORDER = new RegExp(`\\bmat (?:ban|kar|bol|likh|uchhal|uchal|ud|sikha|dikha|dikhao)\\b|\\b(?:sambhal|sambhaal) ke\\b|(?:${['मत बन', 'मत कर', 'मत बोल', 'मत लिख', 'मत उछल', 'मत उड़'].map(dv).join('|')})${DE}`);
// "Ja ke doob mar", "sharam se doob maro", "tujh jaise patrakar pe thookta hoon".
const DOOB_LAT = `(?:^|[,;:] *)(?:(?:tu|tum|abe|ja|jaa|jake|jaake|ja ke|jaa ke|ja kar|jakar|sharam se|sharm se|chullu bhar paani mein) )*(?:doob|dub) (?:mar|maro|marna chahiye)\\b|(?:${SP2_LAT}|\\btujh|\\btujhpe|\\btujhpar|\\b(?:aap|aapki|aapke|aapka|apki|apke|apka)\\b)(?: \\w+){0,3}? (?:pe|par)? ?(?:thookta|thukta|thookti|thukti|thook|thuk) (?:hoon|hu|hun|hai)\\b`;
const DOOB_DEV = `(?:^|[,;:]\\s*)(?:(?:${['तू', 'तुम', 'अबे', 'जा', 'जाके', 'जा के', 'जाकर', 'शर्म से', 'चुल्लू भर पानी में'].map(dv).join('|')})\\s)*${dv('डूब')}\\s(?:${['मर', 'मरो', 'मरना चाहिए'].map(dv).join('|')})${DE}`;
// "Tumhare jaise anpadhon ko vote ka adhikar nahi": the reader's kind named by an insult.
const JAISE_X_LAT = '\\b(?:tum|tu|tere|tumhare|tujh) (?:jaise|jaisa|jese|jaison) (?:\\w+ )?(?:ghatiya|ghatiyon|neech|nich|kamine|kaminon|kameene|besharam|besharmon|nalayak|nalayakon|gadhe|gadhon|gadha|ullu|ulluon|jokar|anpadh|anpadhon|anpadho|gawar|gawaron|gawaro|ganwaron|jaahil|jaahilon|jahilon|murkh|murkhon|moorkhon|bewakoof|bewakoofon|chamche|chamchon|chamcho|dalal|dalalon|dalaal|dalaalon|gaddar|gaddaron|gaddaro|andhbhakt|andhbhakton|bikau|kutte|kutton|suar|suaron|nikamme|nikammon|(?:' + LAT_INSULT_WORDS + ')(?:on|o)?)\\b';
// hinglish11: the oblique plural of each Devanagari insult ("दोगले" → "दोगलों").
const DEV_OBLIQUE = DEV_INSULT_WORDS.split(' ').map((w) => (/[\u093e\u0947]$/.test(w) ? w.slice(0, -1) : w) + '\u094b\u0902');
const JAISE_X_DEV = `${dalt('तुम तू तेरे तुम्हारे तुझ')}\\s(?:${['जैसे', 'जैसा', 'जैसों'].map(dv).join('|')})\\s(?:\\S+\\s)?(?:${['घटिया', 'नीच', 'कमीने', 'बेशर्म', 'गधे', 'गधों', 'गधा', 'उल्लू', 'जोकर', 'अनपढ़', 'अनपढ़ों', 'गंवार', 'गंवारों', 'गँवारों', 'जाहिल', 'जाहिलों', 'मूर्ख', 'मूर्खों', 'चमचे', 'चमचों', 'दलाल', 'दलालों', 'गद्दार', 'गद्दारों', 'अंधभक्त', 'अंधभक्तों', 'बिकाऊ', 'कुत्ते', 'कुत्तों', 'निकम्मे', 'निकम्मों', ...DEV_INSULT_WORDS.split(' '), ...DEV_OBLIQUE].map(dv).join('|')})${DE}`;
// "Tu insaan hai ya jaanwar?"
const INSAAN_LAT = `${SP2_SUBJ_LAT} (?:insaan|insan|aadmi|admi|manushya) (?:hai|ho|he) (?:ya|yaa) (?:jaanwar|janwar|haivan|hevan|shaitan|shaitaan|rakshas|raakshas|pashu|kutta|suar|gadha)\\b`;
const INSAAN_DEV = `${SP2_SUBJ_DEV}\\s(?:${['इंसान', 'इन्सान', 'आदमी', 'मनुष्य'].map(dv).join('|')})\\s(?:${['है', 'हो'].map(dv).join('|')})\\s${dv('या')}\\s(?:${['जानवर', 'हैवान', 'शैतान', 'राक्षस', 'पशु', 'कुत्ता', 'सुअर', 'गधा'].map(dv).join('|')})${DE}`;
// A name closing the sentence after a comma: "Apna thobda band rakh, bikau.", "चल निकल यहाँ से, चमचे।"
// ("ghatiya" and "nautanki" are left out: "khana tha, ghatiya" is a review).
const END_VOC = 'nalle|nalla|lallu|dhakkan|chindi|bewde|fattu|dhongi|chomu|kameeni|sadak chhap|sadak chaap|sadakchhap|lafanga|lafange|tapori|chhichhora|chichora|anpadh|gawar|ganwar|jaahil|jahil|murkh|bewakoof|nalayak|nikamme|besharam|gadhe|ullu|kamine|dogle|chamche|chamcha|dalal|dalaal|tharki|chapri|chhapri|andhbhakt|bikau|bikaau|jokar|kutte|suar';
// (hindi10: also with a profession after: "kitne paise mile is article ke, bikau patrakar?")
const END_VOC_LAT = `, *(?:abe |oye )?(?:${END_VOC})(?: (?:kahin ka|kahin ke|insaan|aadmi|patrakar|patrakaar|anchor|reporter|journalist|editor|neta))? *$`;
const END_VOC_DEV = `,\\s*(?:${['अनपढ़', 'गंवार', 'गँवार', 'जाहिल', 'मूर्ख', 'बेवकूफ़', 'नालायक', 'निकम्मे', 'बेशर्म', 'गधे', 'उल्लू', 'कमीने', 'दोगले', 'चमचे', 'दलाल', 'ठरकी', 'अंधभक्त', 'बिकाऊ', 'जोकर', 'कुत्ते', 'सुअर'].map(dv).join('|')})(?:\\s(?:${['पत्रकार', 'एंकर', 'रिपोर्टर', 'नेता'].map(dv).join('|')}))?\\s*$`;
// "Tujh jaise bahut dekhe hain" (seen plenty like you); "pehle 10th pass kar le, phir gyaan dena";
// "talwe chaatne wala ghulam" (a boot-licker).
const DEKHE_LAT = '\\b(?:tujh|tum|tere|tumhare) (?:jaise|jaiso|jaison|jese) (?:(?:bahut|kai|hazaar|hazaaron|roz|sau|kitne) )+(?:dekhe|dekh liye|aaye aur gaye|aate jaate)\\b';
const DEKHE_DEV = `${dalt('तुझ तुम तेरे तुम्हारे')}\\s(?:${['जैसे', 'जैसों'].map(dv).join('|')})\\s(?:${['बहुत', 'कई', 'हज़ार', 'हज़ारों', 'रोज़', 'सौ'].map(dv).join('|')})\\s(?:${['देखे', 'देख लिए'].map(dv).join('|')})${DE}`;
const SCHOOL_LAT = '\\bpehle (?:\\w+ ){0,2}?(?:pass kar le|pass karle|padhna seekh le|padhna seekh|padhna likhna seekh|likhna padhna seekh|padhai kar le|school ja|school jaa|school chala ja)\\b(?= *(?:[,;]|$|(?:phir|fir|tab|uske|aur|be)\\b))';
const SCHOOL_DEV = `${dalt('पहले')}(?:\\s\\S+){0,2}?\\s(?:${['पास कर ले', 'पढ़ना सीख', 'पढ़ना सीख ले', 'पढ़ना लिखना सीख', 'पढ़ाई कर ले', 'स्कूल जा', 'स्कूल चला जा'].map(dv).join('|')})${DE}(?=\\s*(?:[,;\\u0964]|$|(?:${['फिर', 'तब', 'उसके', 'और', 'बे'].map(dv).join('|')})${DE}))`;
const CHAATNE_LAT = '\\b(?:talwe|talve|talue|joote|jootay|jute|jooti|juti|thook|thuk) (?:chaatne|chatne|chaatnewala|chaatne) (?:wala|wale|waala|waale|wali|waali)\\b';
const CHAATNE_DEV = `${dalt('तलवे जूते जूती थूक')}\\s${dv('चाटने')}\\s(?:${['वाला', 'वाले', 'वाली'].map(dv).join('|')})${DE}`;
// "Bhagwan ne tujhe dimaag dena bhool gaya": born without a brain.
const BHOOL_LAT = '\\b(?:bhagwan|bhagwaan|bhagvan|upar ?wala|upar ?waala|khuda|allah|rab)(?: ne)?(?: \\w+){0,2}? (?:dimaag|dimag|dimaak|akal|akl|akkal|bheja|buddhi) (?:dena|daalna|dalna|dalne|dene) (?:bhool|bhul)\\w*';
const BHOOL_DEV = `${dalt('भगवान ऊपरवाला ऊपरवाले खुदा अल्लाह')}(?:\\s${dv('ने')})?(?:\\s\\S+){0,2}?\\s(?:${['दिमाग', 'अक्ल', 'अकल', 'भेजा', 'बुद्धि'].map(dv).join('|')})\\s(?:${['देना', 'डालना', 'देने'].map(dv).join('|')})\\s${dv('भूल')}`;
// "Kaan ke neeche ek bajaunga" (a slap promised), "tera dimaag kharab hai kya", "dauda dauda ke maaro".
const SLAP_LAT = '\\bkaan ke (?:neeche|niche|nichey)(?: (?:ek|do|aisa|aisi|ek aisa|ek aisi|zor ka|zor se))? (?:baja(?:u|oo)nga|bajaenge|bajayenge|baja d(?:u|oo)nga|baja denge|laga(?:u|oo)nga|lagaenge|lagayenge|laga d(?:u|oo)nga|laga denge|d(?:u|oo)nga|denge|rakh d(?:u|oo)nga|rakh denge|padega|padegi|padenge)\\b';
const SLAP_DEV = `${dv('कान')}\\s${dv('के')}\\s${dv('नीचे')}(?:\\s(?:${['एक', 'दो', 'ऐसा', 'ऐसी', 'ज़ोर का', 'ज़ोर से'].map(dv).join('|')}))?\\s(?:${['बजाऊंगा', 'बजाऊँगा', 'बजाएंगे', 'बजा दूंगा', 'बजा देंगे', 'लगाऊंगा', 'लगाऊँगा', 'लगाएंगे', 'लगा दूंगा', 'लगा देंगे', 'दूंगा', 'देंगे', 'रख दूंगा', 'पड़ेगा', 'पड़ेगी'].map(dv).join('|')})${DE}`;
const KHARAB_LAT = '\\b(?:tera|teri|tumhara|tumhari|tere|tumhare) (?:dimaag|dimag|dimaak|bheja|dimaag wimaag) (?:kharab|kharaab|khrab|phir|fir|sadd?|chal|ghoom|ghum) (?:hai|ho|hua|ho gaya|ho gya|gaya|gya)\\b';
const KHARAB_DEV = `${dalt('तेरा तुम्हारा')}\\s(?:${['दिमाग', 'भेजा'].map(dv).join('|')})\\s(?:${['खराब', 'ख़राब', 'फिर', 'सड़', 'चल', 'घूम'].map(dv).join('|')})\\s(?:${['है', 'हो', 'हुआ', 'हो गया', 'गया'].map(dv).join('|')})${DE}`;
const DAUDA_LAT = '\\b(?:dauda|daura|daudake|daudakar|daudaa)(?: (?:dauda|daura|daudaa))?(?: ?ke| ?kar| ?kr| ?kar ke)? (?:maaro|maro|maarna|marna|maar do|peeto|pito|peetna|pitna|peet do|thoko|thokna)\\b';
const DAUDA_DEV = `${dv('दौड़ा')}(?:\\s${dv('दौड़ा')})?\\s?(?:${['के', 'कर', 'करके'].map(dv).join('|')})\\s(?:${['मारो', 'मारना', 'मार दो', 'पीटो', 'पीटना'].map(dv).join('|')})${DE}`;
/** Good wishes in the same sentence ("bhagwan kare tumhari maa ka cancer jaldi theek ho"). */
const WELL_WISH = new RegExp(`\\b(?:theek|thik|thek|swasth|sehat|sehatmand|recover|khush|khushi|door|dur|jaldi)\\b|${dalt('ठीक स्वस्थ सेहत ख़ुश खुश दूर जल्दी')}`);

// A beating or a humiliation called for: "joote maaro", "iske muh pe kaalikh pot do", "sadak pe ghaseet ke maaro".
const BEAT_LAT = '\\b(?:joo?t+(?:e|on|o)|ju+t+(?:e|on|o)|chappal(?:on|o)?|thappad|tamache|laat(?:on|o)?|lath(?:i|iyon)|dand(?:e|on))(?: se)? (?:maaro|maro|maarna|marna|maarne|maar do|maar dena|padne chahiye|padni chahiye|lagao|lagane chahiye|peeto|pito|peetna|pitna|pitai karo)\\b';
const BEAT_DEV = `${dalt('जूते जूतों चप्पल चप्पलों थप्पड़ लात लातों डंडे डंडों')}(?:\\s${dv('से')})?\\s(?:${['मारो', 'मारना', 'मारने', 'मार दो', 'पड़ने चाहिए', 'लगाओ', 'पीटो', 'पीटना'].map(dv).join('|')})${DE}`;
// Only as a call ("pot do", "lagao", "thooko"): "yeh ghatna sarkar ke muh pe kaalikh hai" is the idiom of disgrace.
const SOOT_LAT = '\\b(?:muh|munh|mooh|moonh|chehre|chehra|thobde) (?:pe|par) (?:(?:kaalikh|kalikh|kalik|syahi|siyahi)(?: \\w+)? (?:pot|poto|pot do|potni|potna|pot dena|lagao|laga do|lagani|lagana|malo|mal do|phenko|pheko|feko)|thooko|thuko|thook do|thuk do|thookna|thukna)\\b';
const SOOT_DEV = `${dalt('मुंह मुँह चेहरे')}\\s(?:${['पर', 'पे'].map(dv).join('|')})\\s(?:(?:${['कालिख', 'स्याही'].map(dv).join('|')})(?:\\s\\S+)?\\s(?:${['पोत', 'पोतो', 'पोत दो', 'लगाओ', 'लगा दो', 'मलो', 'फेंको'].map(dv).join('|')})|${['थूको', 'थूक दो', 'थूकना'].map(dv).join('|')})${DE}`;
const MOB_LAT = '\\b(?:ghasee?t|ghasit|nanga|nangaa|sadak (?:pe|par)|beech chaurahe|bich chaurahe|chaurahe (?:pe|par))\\w*(?: \\w+){0,3}? (?:ke|kar|karke|kar ke) (?:maaro|maro|maarna|marna|maarni|maar do|maar dalo|maar daalo|maar dena|maarenge|peeto|pito|peetna|pitna|peet do|jalao|jala do|jalana|latkao|latka do|latkana|kaato|kaat do|kaatna|thoko|thok do|thokna|ghumao|ghumana|ghuma do|ghumaya jaye|ghumaana)\\b';
const MOB_DEV = `${dalt('घसीट घसीटकर नंगा सड़क चौराहे')}(?:\\s\\S+){0,3}?\\s(?:${['के', 'कर', 'करके'].map(dv).join('|')})\\s(?:${['मारो', 'मारना', 'मार दो', 'पीटो', 'पीटना', 'जलाओ', 'जला दो', 'लटकाओ', 'काटो'].map(dv).join('|')})${DE}`;

interface HRule {
  re: RegExp;
  reason: RuleHit['reason'];
  score: number;
  /** The sentence must also address the reader (second person) for the hit to count. */
  needsReader?: boolean;
  /** ... or point at someone ("isko", "is anchor ko"). */
  orThird?: boolean;
  /**
   * The reader must be the one harmed: an object or possessive second-person word ("tujhe",
   * "teri zubaan") within a few words of the match, not only a subject elsewhere ("hum gaay
   * kaatenge, tum kya kar loge").
   */
  nearReader?: boolean;
  /** ... or give the reader a rude order (ORDER). */
  orOrder?: boolean;
  /** Not when the sentence also matches this (good wishes around a curse word). */
  unless?: RegExp;
  /** Only when the sentence also matches this (the journalist addressed). */
  also?: RegExp;
  /** Not said of an institution ("sarkar ka dimaag ghutne mein hai" criticises the government). */
  notOf?: boolean;
}
const INSTITUTION_BEFORE = new RegExp(
  `(?:\\b(?:sarkar|sarkaar|government|govt|system|prashasan|vibhag|party|media|police|nigam|board|court|company|bank|railway|adhikariyon|afsaron)\\b|${dalt('सरकार प्रशासन विभाग पार्टी मीडिया पुलिस निगम बोर्ड कंपनी बैंक रेलवे')}) ?(?:ka|ki|ke|का|की|के)? ?$`,
);

const g = (src: string): RegExp => new RegExp(src, 'g');
const RULES: HRule[] = [
  { re: g(HARM_FUT_LAT), reason: 'threat', score: 0.93, nearReader: true },
  { re: g(HARM_FUT_DEV), reason: 'threat', score: 0.93, nearReader: true },
  { re: g(SPARE_LAT), reason: 'threat', score: 0.9, nearReader: true },
  { re: g(SPARE_DEV), reason: 'threat', score: 0.9, nearReader: true },
  { re: g(DEKH_LUNGA_LAT), reason: 'threat', score: 0.88 },
  { re: g(UTHA_LAT), reason: 'threat', score: 0.9, nearReader: true },
  { re: g(UTHA_DEV), reason: 'threat', score: 0.9, nearReader: true },
  { re: g(SOCH_LAT), reason: 'insult', score: 0.86 },
  { re: g(SOCH_DEV), reason: 'insult', score: 0.86 },
  { re: g(TU_X_HAI_LAT), reason: 'insult', score: 0.88 },
  { re: g(TU_X_HAI_DEV), reason: 'insult', score: 0.88 },
  { re: g(DIMAAG_LAT), reason: 'insult', score: 0.88, notOf: true },
  { re: g(DIMAAG_DEV), reason: 'insult', score: 0.88, notOf: true },
  { re: g(SHARAM_LAT), reason: 'insult', score: 0.86 },
  { re: g(SHARAM_DEV), reason: 'insult', score: 0.86 },
  { re: g(AUKAAT_LAT), reason: 'insult', score: 0.86 },
  { re: g(AUKAAT_DEV), reason: 'insult', score: 0.86 },
  { re: g(PAIDA_LAT), reason: 'insult', score: 0.88 },
  { re: g(PAIDA_DEV), reason: 'insult', score: 0.88 },
  { re: g(PAIDA_MAR_LAT), reason: 'harm_wish', score: 0.9 },
  { re: g(PAIDA_MAR_DEV), reason: 'harm_wish', score: 0.9 },
  { re: g(BOJH_LAT), reason: 'insult', score: 0.86, needsReader: true },
  { re: g(BOJH_DEV), reason: 'insult', score: 0.86, needsReader: true },
  { re: g(PAGALKHANA_LAT), reason: 'insult', score: 0.86 },
  { re: g(PAGALKHANA_DEV), reason: 'insult', score: 0.86 },
  { re: g(KAHIN_KA_LAT), reason: 'insult', score: 0.86 },
  { re: g(KAHIN_KA_DEV), reason: 'insult', score: 0.86 },
  { re: g(JAISE_LAT), reason: 'insult', score: 0.88 },
  { re: g(JAISE_DEV), reason: 'insult', score: 0.88 },
  { re: g(IQ_LAT), reason: 'insult', score: 0.86 },
  { re: g(BHAINS_LAT), reason: 'insult', score: 0.86 },
  { re: g(BHAINS_DEV), reason: 'insult', score: 0.86 },
  { re: g(SHAKAL_LAT), reason: 'insult', score: 0.86 },
  { re: g(SHAKAL_DEV), reason: 'insult', score: 0.86 },
  { re: g(SIKHAYA_LAT), reason: 'insult', score: 0.86 },
  { re: g(SIKHAYA_DEV), reason: 'insult', score: 0.86 },
  { re: g(BARTAN_LAT), reason: 'insult', score: 0.86 },
  { re: g(BARTAN_DEV), reason: 'insult', score: 0.86 },
  { re: g(KAAM_LAT), reason: 'insult', score: 0.86 },
  { re: g(KAAM_DEV), reason: 'insult', score: 0.86 },
  { re: g(NOT_BUT_LAT), reason: 'insult', score: 0.86 },
  { re: g(DIMAAG_CHHOD_LAT), reason: 'insult', score: 0.86 },
  { re: g(PAID_LAT), reason: 'insult', score: 0.86 },
  { re: g(BEAT_THIRD_LAT), reason: 'hostility', score: 0.88 },
  { re: g(WAJAH_LAT), reason: 'insult', score: 0.86 },
  { re: g(WAJAH_DEV), reason: 'insult', score: 0.86 },
  { re: g(KAALA_LAT), reason: 'hostility', score: 0.86 },
  { re: g(KAALA_DEV), reason: 'hostility', score: 0.86 },
  { re: g(GADDAR_HAIN_LAT), reason: 'insult', score: 0.86 },
  { re: g(GADDAR_HAIN_DEV), reason: 'insult', score: 0.86 },
  { re: g(GALAT_PAIDA_LAT), reason: 'insult', score: 0.88 },
  { re: g(PACHTAYEGA_LAT), reason: 'threat', score: 0.9 },
  { re: g(PACHTAYEGA_DEV), reason: 'threat', score: 0.9 },
  { re: g(VEILED_LAT), reason: 'threat', score: 0.9 },
  { re: g(VEILED_DEV), reason: 'threat', score: 0.9 },
  { re: g(AUKAAT_DEKH_LAT), reason: 'insult', score: 0.86 },
  { re: g(AUKAAT_DEKH_DEV), reason: 'insult', score: 0.86 },
  { re: g(BAHAR_MIL_LAT), reason: 'threat', score: 0.88 },
  { re: g(DEM_PRO_LAT), reason: 'insult', score: 0.86 },
  { re: g(KA_J_LAT), reason: 'insult', score: 0.86 },
  { re: g(THAPPAD_LAT), reason: 'threat', score: 0.88 },
  { re: g(THAPPAD_DEV), reason: 'threat', score: 0.88 },
  { re: g(BODY_FUT_LAT), reason: 'threat', score: 0.9, needsReader: true },
  { re: g(LAYAK_LAT), reason: 'insult', score: 0.86 },
  { re: g(LAYAK_DEV), reason: 'insult', score: 0.86 },
  { re: g(BHOOSA_LAT), reason: 'insult', score: 0.86 },
  { re: g(BHOOSA_DEV), reason: 'insult', score: 0.86 },
  { re: g(TAISI_LAT), reason: 'hostility', score: 0.86 },
  { re: g(TAISI_DEV), reason: 'hostility', score: 0.86 },
  { re: g(KA_J_DEV), reason: 'insult', score: 0.86 },
  { re: g(MAA_KA_LAT), reason: 'insult', score: 0.86 },
  { re: g(LIMB_LAT), reason: 'harm_wish', score: 0.88 },
  { re: g(LIMB_DEV), reason: 'harm_wish', score: 0.88 },
  { re: g(DEM_PRO_DEV), reason: 'insult', score: 0.86 },
  { re: g(MIL_JA_LAT), reason: 'threat', score: 0.88, needsReader: true },
  { re: g(MIL_JA_DEV), reason: 'threat', score: 0.88, needsReader: true },
  { re: g(KAUN_BE_LAT), reason: 'hostility', score: 0.86 },
  { re: g(KAUN_BE_DEV), reason: 'hostility', score: 0.86 },
  { re: g(NIKALNA_LAT), reason: 'threat', score: 0.88, nearReader: true },
  { re: g(NIKALNA_DEV), reason: 'threat', score: 0.88, nearReader: true },
  { re: g(BAAP_LAT), reason: 'insult', score: 0.86 },
  { re: g(BLAME_LAT), reason: 'insult', score: 0.86 },
  { re: g(BLAME_DEV), reason: 'insult', score: 0.86 },
  { re: g(PUNISH_READER_LAT), reason: 'insult', score: 0.86 },
  { re: g(PUNISH_READER_DEV), reason: 'insult', score: 0.86 },
  { re: g(PAIDAL_LAT), reason: 'insult', score: 0.86, needsReader: true, orThird: true },
  { re: g(PAIDAL_DEV), reason: 'insult', score: 0.86, needsReader: true, orThird: true },
  { re: g(HOME_LAT), reason: 'threat', score: 0.88, also: MEDIA_OR_READER },
  { re: g(KAANPTE_LAT), reason: 'insult', score: 0.86, needsReader: true },
  { re: g(KAANPTE_DEV), reason: 'insult', score: 0.86, needsReader: true },
  { re: g(KAUN_LAT), reason: 'threat', score: 0.88 },
  { re: g(KAUN_DEV), reason: 'threat', score: 0.88 },
  { re: g(HO_YA_LAT), reason: 'insult', score: 0.86 },
  { re: g(HO_YA_DEV), reason: 'insult', score: 0.86 },
  { re: g(SHARAM_AANI_LAT), reason: 'insult', score: 0.86 },
  { re: g(SHARAM_AANI_DEV), reason: 'insult', score: 0.86 },
  { re: g(TARAS_LAT), reason: 'insult', score: 0.86 },
  { re: g(TARAS_DEV), reason: 'insult', score: 0.86 },
  { re: g(BAND_LAT), reason: 'threat', score: 0.88 },
  { re: g(BAND_DEV), reason: 'threat', score: 0.88 },
  { re: g(HIMMAT_LAT), reason: 'hostility', score: 0.86 },
  { re: g(HIMMAT_DEV), reason: 'hostility', score: 0.86 },
  { re: g(X_HO_TUM_LAT), reason: 'insult', score: 0.86 },
  { re: g(X_HO_TUM_DEV), reason: 'insult', score: 0.86 },
  { re: g(SHOOT_READER_DEV), reason: 'threat', score: 0.9 },
  { re: g(TALWE_LAT), reason: 'insult', score: 0.86 },
  { re: g(BLAME_HI_LAT), reason: 'insult', score: 0.86 },
  { re: g(BLAME_HI_DEV), reason: 'insult', score: 0.86 },
  { re: g(KHABAR_LAT), reason: 'threat', score: 0.88 },
  { re: g(KHABAR_DEV), reason: 'threat', score: 0.88 },
  { re: g(JAISE_HARM_LAT), reason: 'threat', score: 0.88 },
  { re: g(JAISE_HARM_DEV), reason: 'threat', score: 0.88 },
  { re: g(WARNA_HARM_LAT), reason: 'threat', score: 0.88, needsReader: true, orOrder: true },
  { re: g(HOME_DEV), reason: 'threat', score: 0.88, also: MEDIA_OR_READER },
  { re: g(BAAP_DEV), reason: 'insult', score: 0.86 },
  { re: g(VOC_PRO_LAT), reason: 'insult', score: 0.86 },
  { re: g(VOC_PRO_DEV), reason: 'insult', score: 0.86 },
  { re: g(ZINDA_LAT), reason: 'threat', score: 0.9, needsReader: true },
  { re: g(ZINDA_DEV), reason: 'threat', score: 0.9, needsReader: true },
  { re: g(SABAK_LAT), reason: 'threat', score: 0.88, nearReader: true, unless: ELECTION },
  { re: g(SABAK_DEV), reason: 'threat', score: 0.88, nearReader: true, unless: ELECTION },
  { re: g(HISAAB_LAT), reason: 'threat', score: 0.88, needsReader: true, unless: ELECTION },
  { re: g(HISAAB_DEV), reason: 'threat', score: 0.88, needsReader: true, unless: ELECTION },
  { re: g(AKELE_LAT), reason: 'threat', score: 0.88, also: MEDIA },
  { re: g(AKELE_DEV), reason: 'threat', score: 0.88, also: MEDIA },
  { re: g(SHUT_LAT), reason: 'hostility', score: 0.86 },
  { re: g(SHUT_DEV), reason: 'hostility', score: 0.86 },
  { re: g(ABE_LAT), reason: 'insult', score: 0.86 },
  { re: g(ABE_DEV), reason: 'insult', score: 0.86 },
  { re: g(DEKH_AFTER_LAT), reason: 'threat', score: 0.88 },
  { re: g(DEKH_DEV), reason: 'threat', score: 0.88 },
  { re: g(WARNA_LAT), reason: 'threat', score: 0.88, needsReader: true, orOrder: true },
  { re: g(WARNA_DEV), reason: 'threat', score: 0.88, needsReader: true, orOrder: true },
  { re: g(CHAAT_LAT), reason: 'insult', score: 0.86 },
  { re: g(DOOB_LAT), reason: 'harm_wish', score: 0.88 },
  { re: g(DEKHE_LAT), reason: 'insult', score: 0.86 },
  { re: g(SLAP_LAT), reason: 'threat', score: 0.88 },
  { re: g(SLAP_DEV), reason: 'threat', score: 0.88 },
  { re: g(KHARAB_LAT), reason: 'insult', score: 0.86 },
  { re: g(KHARAB_DEV), reason: 'insult', score: 0.86 },
  { re: g(DAUDA_LAT), reason: 'harm_wish', score: 0.88 },
  { re: g(DAUDA_DEV), reason: 'harm_wish', score: 0.88 },
  { re: g(BHOOL_LAT), reason: 'insult', score: 0.86, needsReader: true, orThird: true },
  { re: g(BHOOL_DEV), reason: 'insult', score: 0.86, needsReader: true, orThird: true },
  { re: g(DEKHE_DEV), reason: 'insult', score: 0.86 },
  { re: g(SCHOOL_LAT), reason: 'insult', score: 0.86 },
  { re: g(SCHOOL_DEV), reason: 'insult', score: 0.86 },
  { re: g(CHAATNE_LAT), reason: 'insult', score: 0.86 },
  { re: g(CHAATNE_DEV), reason: 'insult', score: 0.86 },
  { re: g(DOOB_DEV), reason: 'harm_wish', score: 0.88 },
  { re: g(JAISE_X_LAT), reason: 'insult', score: 0.86 },
  { re: g(JAISE_X_DEV), reason: 'insult', score: 0.86 },
  { re: g(INSAAN_LAT), reason: 'insult', score: 0.86 },
  { re: g(INSAAN_DEV), reason: 'insult', score: 0.86 },
  { re: g(END_VOC_LAT), reason: 'insult', score: 0.86 },
  { re: g(END_VOC_DEV), reason: 'insult', score: 0.86 },
  { re: g(CHAAT_DEV), reason: 'insult', score: 0.86 },
  { re: g(ORDER_VOC_LAT), reason: 'insult', score: 0.86 },
  { re: g(ORDER_VOC_DEV), reason: 'insult', score: 0.86 },
  { re: g(AKAL_LAT), reason: 'insult', score: 0.86, notOf: true },
  { re: g(AKAL_DEV), reason: 'insult', score: 0.86, notOf: true },
  { re: g(CURSE_LAT), reason: 'harm_wish', score: 0.88, needsReader: true, orThird: true, unless: WELL_WISH },
  { re: g(KEEDE_LAT), reason: 'harm_wish', score: 0.88, unless: WELL_WISH },
  { re: g(CURSE_DEV), reason: 'harm_wish', score: 0.88, needsReader: true, orThird: true, unless: WELL_WISH },
  { re: g(BEAT_LAT), reason: 'hostility', score: 0.88, needsReader: true, orThird: true },
  { re: g(BEAT_DEV), reason: 'hostility', score: 0.88, needsReader: true, orThird: true },
  { re: g(SOOT_LAT), reason: 'hostility', score: 0.86 },
  { re: g(SOOT_DEV), reason: 'hostility', score: 0.86 },
  { re: g(MOB_LAT), reason: 'harm_wish', score: 0.88 },
  { re: g(MOB_DEV), reason: 'harm_wish', score: 0.88 },
];

const DEVANAGARI = /[\u0900-\u097f]/;
const LATIN = /[a-z]/;
/**
 * Which script each rule needs: 1 when its expression has Devanagari letters and no Latin word (it
 * cannot match a sentence without Devanagari), 2 when it has no Devanagari letter (it needs Latin
 * words), 0 otherwise (always run).
 */
const SCRIPT = RULES.map((r) => {
  const dev = /[\u0900-\u097f]/.test(r.re.source.replace(/\\u09[0-7][0-9a-f]/g, ''));
  const lat = /[a-z]{2}/.test(r.re.source.replace(/\\[a-z]|\\u[0-9a-f]{4}/g, ''));
  return dev && !lat ? 1 : !dev && lat ? 2 : 0;
});

const READER_LAT = new RegExp(SP2_LAT);
const READER_DEV = new RegExp(SP2_DEV);
const READER_OBJ = new RegExp(
  `${SP2_OBJ_LAT}|\\b(?:tera|teri|tere|tumhara|tumhari|tumhare)\\b|${SP2_OBJ_DEV}|${dalt('तेरा तेरी तेरे तुम्हारा तुम्हारी तुम्हारे')}`,
  'g',
);
/** Characters either side of a threat in which the reader must be named (nearReader). */
const NEAR = 45;
const THIRD_LAT = new RegExp(THIRD_OBJ_LAT);
const THIRD_DEV = new RegExp(THIRD_OBJ_DEV);

/** Words that make a sentence a report of what someone said or threatened. */
const REPORTING = new RegExp(
  `\\b(?:kaha|kahaa|kehna|kehne|kahne|bola|boli|bole|bolna|bolne|likha|likhna|bataya|batayaa|dhamki|dhamkaya|dhamkiyan|aarop|aaropi|arop|fir|police|shikayat|court|adalat|video|viral|quote|said|told|says)\\b|${dalt('कहा कहना कहने बोला बोले बोली बोलने लिखा बताया धमकी धमकाया आरोप आरोपी पुलिस शिकायत अदालत वीडियो वायरल')}`,
);
const THREAT_REPORTED = new RegExp(`\\b(?:dhamki|dhamkiyan|dhamkaya|dhamkate)\\b|${dalt('धमकी धमकियां धमकियाँ धमकाया')}`);

// Cheap gate: Devanagari, or a Hinglish word one of the rules needs (whole second-person words, so
// English comments, which rarely have one, skip the rules).
const GATE_WORDS =
  /\b(?:tu|tum|tujhe|tujhko|tuje|tujh|tumhe|tumhein|tumko|tumhara|tumhari|tumhare|tera|teri|tere|tereko|tumlog|tumse|tujhse|apni|iq|muh|bich|kahin|kahi|kahee|kaheen|ghar|zyada|jyada|zada|jada|zyaada|jyaada|akele|lankesh|dabholkar|pansare|kalburgi|kitne|kitna|kitni|nahi|nahin|nhi|warna|varna|gadhe|gaddar|gaddaar|deshdrohi|dalal|dalaal|bikau|bikaau|abe|abey|abbe|oye|oyee|bey|chup|chupp|zubaan|zuban|zaban|juban|nikal|nikl|bhaag|bhag|dafa|dafaa|dafah|warna|varna|bhagwan|bhagwaan|bhagvan|ishwar|upar|uparwala|uparwaala|khuda|allah|keede|kide|keeday|doob|dub|khair|khairiyat|anpadh|anpad|gawar|ganwar|gawaar|ganwaar|jaahil|jahil|murkh|moorkh|bewakoof|bevkoof|bewkoof|bevakoof|nalayak|naalayak|nikamme|nikamma|besharam|gadha|ullu|kamine|kamina|kameene|ghatiya|dogle|dogla|chamche|chamcha|tharki|lukkhe|lukkha|chapri|chhapri|makkar|andhbhakt|andhbhakto|kutte|suar|jokar|nautanki|joote|jootay|jute|juttey|talwe|talve|talue|talwa|jooti|juti|thook|thuk|akkal|chaatega|chaatoge|chatega|chatoge|chaategi|sudhar|sambhal|sambhaal|doob|dub|thookta|thukta|thookti|thukti|thook|thuk|gawaron|anpadhon|chamchon|dalalon|gaddaron|ganwar|dalaal|chhapri|bikaau|pehle|talwe|talve|talue|jootay|chaatne|chatne|kaan|dauda|daura|daudake|daudakar|daudaa|shakal|shakl|surat|soorat|thobda|thobada|bhikhari|bhikari|paltu|jhootha|jhoothe|jhutha|baap|kaudi|kodi|kauri|kori|kaudee|aap|aapke|apke|aapki|apki|aapka|apka|bewda|bevda|bewde|bevde|nashedi|lallu|lalloo|chomu|chommu|fattu|phattu|dhongi|dalla|dalle|kameeni|kamini|nalla|nalle|dhakkan|chindi|naukar|naukr|pittu|kaun|kon|hat|hatt|phoot|phut|aapko|apko|haath|hath|pair|taang|gardan|ungli|ungliyan|kalam|taisi|arey|arre|are|ari|jail|jel|aadmi|admi|banda|aurat|insaan|insan|thappad|thapad|jhapad|jhaapad|chamaat|chamat|chaanta|chanta|kantap|kantaap|iske|uske|iski|uski|inke|unke)\b|\b(?:khayal|khyal|dhyan|peet|pitna|pitai|dhulai)|\b(?:dima|bheja|akal|akl|buddhi|aukaa?t|aukad|okat|pagal|mental|joot|jut(?:e|o|on)\b|chappal|thappad|tamache|laat|lath|dand(?:e|on)\b|munh|mooh|chehr|thobd|ghasee?t|ghasit|nanga|sadak|beech|chaurah)/;
const GATE = new RegExp(`[\\u0900-\\u097f]|${GATE_WORDS.source}`);
/**
 * Words (a-z runs) one of which a text without Devanagari has when GATE matches it: attackRules
 * finds them in its word scan and tells hindiAttackRules when GATE cannot match.
 */
export const HINDI_GATE_KEYS: readonly WordKey[] | null = wordKeysOf(needlesOf(GATE_WORDS));

function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    // . ! ? newline । ॥ |
    const c = i === n ? -1 : text.charCodeAt(i);
    if (c === -1 || c === 46 || c === 33 || c === 63 || c === 10 || c === 0x0964 || c === 0x0965 || c === 124) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/**
 * True when [s, e) of `text` is inside quotation marks (which may span sentences: '"tumhari aukaat
 * kya hai?"') and the words around the quotation report speech ("... se bole Kailash: '...'").
 */
function quotedReport(text: string, s: number, e: number): boolean {
  for (const [open, close] of [
    ['"', '"'],
    ['\u201c', '\u201d'],
    ["'", "'"],
    ['\u2018', '\u2019'],
  ]) {
    let o = -1;
    let c = -1;
    if (open === close) {
      // Straight quotes: the match is inside when an odd number of them come before it (an
      // apostrophe inside a word does not count).
      let n = 0;
      for (let i = 0; i < s; i++) if (text[i] === open && !(open === "'" && i > 0 && /[a-z]/.test(text[i - 1]) && /[a-z]/.test(text[i + 1] ?? ''))) {
        n++;
        o = i;
      }
      if (n % 2 === 0) continue;
      c = text.indexOf(close, e);
    } else {
      o = text.lastIndexOf(open, s);
      if (o < 0 || text.lastIndexOf(close, s) > o) continue;
      c = text.indexOf(close, e);
    }
    if (o < 0) continue;
    const after = c < 0 ? '' : text.slice(c + 1, c + 80);
    if (REPORTING.test(text.slice(Math.max(0, o - 80), o) + ' ' + after)) return true;
  }
  // A speaker's words given without quotation marks: "Kailash :- tu hai kaun?", "anchor se bole
  // Kailash tumhari aukaat kya hai", "ने कहा ...".
  // ... or told as a story, the speaker named after the words: "Chup kar, mummy so rahi hai, kehke
  // bhaiya ne TV band kar diya", "Nikal yahan se, bola tha mere principal ne".
  return SPEAKER_BEFORE.test(text.slice(Math.max(0, s - 60), s)) || SPEAKER_AFTER.test(text.slice(e, e + 80));
}
const SPEAKER_AFTER = /^[^.!?\u0964]*?(?:^|[\s,])(?:ye|yeh|wo|woh|is|us) (?:dialogue|dialog|dailog|gaana|gana|song)\b|^[^.!?\u0964]*?(?:^|[\s,])(?:kehke|keh ke|kehkar|keh kar|kahke|kah ke|kehte hue|bola tha|boli thi|bole the|kaha tha|कहके|कहकर|कह कर|कहते हुए|बोला था|बोली थी|बोले थे|कहा था)(?:\s\S+){0,3}?\s(?:ne|ने)(?=[\s,.!?\u0964]|$)/;
// "Maine apne bhai ko kaha tu pagal hai": words said to someone else (not "maine tujhe kaha tha ...", said to the reader).
// (hindi10: a film's dialogue or song named before the words; a third person's words, "usne gusse mein kaha main tujhe
// dekh lunga"; not "maine pehle hi kaha tha tu gadha hai", the writer's own words to the reader.)
const SPEAKER_BEFORE = /:-|(?:^|\s)(?:dialogue|dialog|dailog|dialogues|gaana|gana|song)(?: \S+)? (?:tha|thi|the|hai|hain)\s?[,:-]|(?:^|\s)(?:usne|unhone|inhone|isne)(?: (?!tujhe|tujhko|tumhe|tumko|tumhein|aapko|tereko)\S+){1,3} (?:kaha|bola|boli|bole)(?: ki| tha| thi| the)?(?:\s|$)|(?:^|\s)(?:(?<!\b(?:tujh|tujhe|tujhko|tumhe|tumhein|tumko|tereko|aapko|tum logon|tum logo) )(?:ko|se) (?:kaha|bola|boli|bole)(?: tha| thi| the)?|ne kaha|ne bola|se bole|se bola|se kaha|ne likha|ने कहा|ने बोला|से बोले|से बोला|से कहा|ने लिखा|(?:kehta|kehti|kehte|kahta|kahti|bolta|bolti|bolte) (?:hai|hain|tha|thi|the)|(?:कहता|कहती|कहते|बोलता|बोलती|बोलते) (?:है|हैं|था|थी|थे))(?:\s|$)/;

/**
 * True when [s, e) of the folded `text` is someone else's words: quoted with a reporting word, after a
 * speaker ("bhaiya ne kaha chal nikal", "maine bhai ko kaha tu pagal hai"), or told as a story with
 * the speaker after ("nikal yahan se, bola tha mere principal ne"). For the Hinglish rules of attack-rules.ts.
 */
export function hinglishReported(text: string, s: number, e: number): boolean {
  return quotedReport(text, s, e);
}

/**
 * The literal strings each rule's expression needs (regex-needles.ts), tested once per text
 * against the text's characters, pairs and triples: a rule whose needles the text cannot contain
 * has no match in any of its sentences (each sentence is a part of the text), so it is skipped.
 * On a 10,000-character comment every rule used to scan the whole text (~2 ms for the 99).
 */
const RULE_NEEDLES: readonly GramNeedles[] = RULES.map((r) => gramNeedles(needlesOf(r.re, true)));
const ruleMay = new Uint8Array(RULES.length);

/** Hinglish / Hindi attack hits in the folded, de-leeted `text` (offsets into it). */
export function hindiAttackRules(text: string, gateMayMatch = true): RuleHit[] {
  if (!gateMayMatch || !GATE.test(text)) return [];
  const hits: RuleHit[] = [];
  const grams = gramsOf(text);
  let any = false;
  for (let ri = 0; ri < RULES.length; ri++) {
    const may = grams.mayContain(RULE_NEEDLES[ri]);
    ruleMay[ri] = may ? 1 : 0;
    any ||= may;
  }
  if (!any) return hits;
  for (const [ss, se] of sentences(text)) {
    const sent = text.slice(ss, se);
    if (!GATE.test(sent)) continue;
    // A rule written in one script cannot match a sentence without it (see SCRIPT).
    const hasDev = DEVANAGARI.test(sent);
    const hasLat = LATIN.test(sent);
    let reader: boolean | undefined;
    let third: boolean | undefined;
    let threatReported: boolean | undefined;
    for (let ri = 0; ri < RULES.length; ri++) {
      const r = RULES[ri];
      if (ruleMay[ri] === 0 || (SCRIPT[ri] === 1 && !hasDev) || (SCRIPT[ri] === 2 && !hasLat)) continue;
      r.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = r.re.exec(sent)) !== null) {
        if (m[0].length === 0) {
          r.re.lastIndex++;
          continue;
        }
        if (r.nearReader) {
          // "tujhe nahi maarunga", "maarenge nahi": negated.
          if (/(?:\b(?:nahi|nahin|nai|nhi|mat)|नहीं|मत)\s*$/.test(sent.slice(Math.max(0, m.index - 12), m.index))) continue;
          const from = Math.max(0, m.index - NEAR);
          const around = sent.slice(from, Math.min(sent.length, m.index + m[0].length + NEAR));
          READER_OBJ.lastIndex = 0;
          if (!READER_OBJ.test(around)) continue;
        }
        if (r.unless && r.unless.test(sent)) continue;
        if (r.also && !r.also.test(sent)) continue;
        if (r.notOf && INSTITUTION_BEFORE.test(sent.slice(Math.max(0, m.index - 30), m.index))) continue;
        if (r.needsReader) {
          reader ??= READER_LAT.test(sent) || READER_DEV.test(sent);
          third ??= THIRD_LAT.test(sent) || THIRD_DEV.test(sent);
          if (!reader && !(r.orThird && third) && !(r.orOrder && ORDER.test(sent))) continue;
        }
        if (r.reason === 'threat' || r.reason === 'harm_wish') {
          threatReported ??= THREAT_REPORTED.test(sent);
          if (threatReported) continue;
        }
        if (quotedReport(text, ss + m.index, ss + m.index + m[0].length)) continue;
        hits.push({ start: ss + m.index, end: ss + m.index + m[0].length, reason: r.reason, score: r.score });
        break;
      }
    }
  }
  return hits;
}

/** For tests: every rule's expression. */
export const hindiRulesForTest = (): RegExp[] => RULES.map((r) => r.re);

/** For tests: the script each rule needs (1 Devanagari, 2 Latin, 0 either). */
export const ruleScriptsForTest = (): number[] => SCRIPT.slice();
