#!/usr/bin/env node
// Writes `fuzzyExceptions` into libs/moderation/data/hate/lexicon.json: the English dictionary
// words (Debian `wamerican`, /usr/share/dict/words) that the hate lexicon's one-edit fuzzy match
// would take for a listed word (`trains` ~ `trans`, `stick` ~ `sick`). Those words are then never
// fuzzy-matched. Only the collisions are stored; the dictionary itself is not shipped.
// Usage: node scripts/build.js && node scripts/hate-fuzzy-exceptions.js [/usr/share/dict/words]
const fs = require('node:fs');
const path = require('node:path');
const { HateLexicon } = require('../dist/libs/moderation/src/hate/hate-rules');
const { romanKey } = require('../dist/libs/moderation/src/lang/roman');

const dictFile = process.argv[2] || '/usr/share/dict/words';
const lexFile = path.join(__dirname, '../libs/moderation/data/hate/lexicon.json');
const lex = JSON.parse(fs.readFileSync(lexFile, 'utf8'));
const words = fs.readFileSync(dictFile, 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter((w) => /^[a-z]+$/.test(w));
// Indian and nearby place names the dictionary lacks but news comments use (`Kashmir` ~ `kashmiri`,
// `Bihar` ~ `bihari`): a place is no group of people.
const PLACES = ['kashmir', 'bihar', 'myanmar', 'assam', 'punjab', 'bengal', 'gujarat', 'kerala', 'delhi', 'mumbai', 'jammu', 'ladakh', 'manipur', 'nagaland', 'mizoram', 'tripura', 'odisha', 'telangana', 'haryana', 'rajasthan', 'karnataka', 'lucknow', 'kolkata', 'chennai', 'hyderabad', 'bengaluru', 'srinagar', 'patna', 'dhaka', 'karachi', 'lahore', 'islamabad', 'kabul', 'hindustan'];
// Everyday Hinglish words one edit from a listed word (`chamka`, "shone", ~ a caste slur).
const HINGLISH = ['chamka', 'chamki', 'chamke', 'chamak', 'chamakta', 'chamakti', 'chamkta', 'chamkti', 'chamkana', 'chamkao',
  // hindi9: `har` (every) ~ `harm`, `kal` (tomorrow) ~ a violence verb, `raat` (night) ~ `rat`, `kiye` / `diye` (did, gave;
  // lamps) ~ a slur / `die`, `haar` (defeat), `gadi` (car): "Har Musalman ko apna haq milna chahiye", "Kal Muslim bhaiyon ne ...".
  ...('har haar hara hare hari kal kaal raat raaton kiye kiya diye diya liye liya gadi gaadi gaadiyan hum tum main mai mera meri tera teri ' +
    'uska unka iska apna kuch koi kab kya kyun kaise jab tab ab yahan wahan aaj din sach jhooth bura accha acha theek sahi pyar dil ghar desh ' +
    'log logon bachche bhai behen maa baap beta beti dost yaar paisa kaam naukri padhai kitab khana paani chai doodh roti gaon shahar sadak ' +
    'haan bas aur lekin par magar phir fir bhi hi kar karo karna karte hona hota hote hai hain tha thi the raha rahi rahe gaya gayi gaye ' +
    'dena lena aana jaana chalo chal ruk dekh dekho suno bolo likho padho samjho zinda jeena jaan sar haath pair aankh naak kaan hath ' +
    'aag dhuan shor hawa dharti baar saal mahina hafta bahut kam zyada jyada thoda pura poora aadha ek teen char paanch das sau hazaar lakh ' +
    'sona mitti nadi pahad ped phool khet fasal kisan mazdoor dukaan bazaar mandir masjid puja namaz roza holi diwali eid shaadi janam dukh sukh ' +
    'khushi gham hasi rona gussa dar himmat garib amir fauj sena jawan rahat raaj rani heera mere kare kari kara').split(' ')];
words.push(...PLACES, ...HINGLISH);
const lexicon = new HateLexicon({ ...lex, fuzzyExceptions: [] });
const out = new Set();
const inflection = (a, b) => {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l.startsWith(s) && ['s', 'es', 'd', 'ed', 'ly'].includes(l.slice(s.length));
};
for (const w of words) {
  const k = romanKey(w);
  if (lexicon.single.has(k)) continue;
  const m = lexicon.fuzzyMatch(k);
  // An inflection of the listed word itself (`attacks` ~ `attack`, `beheads` ~ `behead`) is the right match.
  // …but not for slurs: `crippled` is a verb, not the slur `cripple` (class bit 2 = Slur).
  if (m && (!inflection(k, m[0]) || m[1] & 2)) out.add(w);
}
lex.fuzzyExceptions = [...out].sort();
// The spelling repair of English comments (src/hate/spelling.ts) leaves dictionary words alone too.
const { Speller } = require('../dist/libs/moderation/src/hate/spelling');
const speller = new Speller(lexicon.vocabulary, new Set(), lexicon.slurVocabulary);
const spell = new Set();
for (const w of words) if (speller.repairIgnoringExceptions(romanKey(w), w)) spell.add(w);
lex.spellingExceptions = [...spell].sort();
fs.writeFileSync(lexFile, JSON.stringify(lex, null, 1) + '\n');
console.log(`hate-fuzzy-exceptions: ${out.size} dictionary words exempt from fuzzy matching, ${spell.size} from spelling repair (from ${words.length})`);
