import { ModerationEngine } from '../engine';
import { findLinks } from './links.check';

// Disguised links, contact details and spam solicitations, and the clean traps next to them
// (links7 helper, hand-written news comments).

const engine = ModerationEngine.load();
const links = (text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === 'links')!.flagged;

describe('links: spam that points to a profile, a search or a referral code', () => {
  it.each([
    'Link in my bio for free iPhone 15, only first 100 people!!',
    'Get Netflix free for 1 year, link on my profile',
    'ghar baithe kamao 20000 mahina, mere profile pe link hai',
    "search 'cashking app' on play store and use my code RAHUL50 for ₹100 bonus",
    'Earn $$$ fast — check my profile',
    'Work from home and earn 50k a month, DM me for details',
    'earn daily - search "luckywin777" on google and sign up',
    'earn ₹1000 daily just by liking videos, inbox me',
    'Part time job available, earn 3000 per day. Msg me on whatsapp',
    'Want free followers? DM me on insta',
    'I made 40k this week from home! Details on my profile, dm me',
    'Refer code: BIGWIN500 — earn ₹500 per signup',
    'google karo "desi kamai app" aur register karo, roz 2000 kamao',
    'check out my channel "Sach Ki Awaaz" on youtube for the truth',
    'Free IPL tickets, link in bio 🔥🔥',
  ])('flags %j', (t) => expect(links(t)).toBe(true));

  it.each([
    'The link in the article to the RTI reply is broken, please fix it.',
    'Check my earlier comment, I had predicted this exact outcome.',
    "Search for 'Kashi Vishwanath corridor' on Google Maps, the photos are beautiful.",
    'Call centre staff in Gurugram earn 18k a month, shameful.',
    'Earn your respect first, then ask for votes. Check my earlier comment on this.',
    'I searched "Article 370" on Google and got only opinion pieces.',
    'Who uses the referral code scheme in railways anyway? It was scrapped in 2019.',
    'The code of conduct comes into force from 16.03.2024.',
    "Don't DM me, the comment section is for debate. Also, the PM earns less than a CEO.",
    'He earned his PhD from JNU, check his profile on the university site.',
    'The bio of the new CJI is impressive, a farmer\'s son from Amravati.',
    "I'll make sure you never miss an issue: subscribe below.",
    'Google karo toh pata chalega, ye scheme 2019 mein band ho gayi thi.',
    'My profile says I am from Kochi, and yes I have read the article fully.',
    'The app asks you to "use my code" for a bonus — classic pyramid scheme, avoid.',
    'The scam worked like this: earn ₹500 per day by liking videos, then pay a deposit. Be careful.',
    'Earn money, save money, invest money — the middle class mantra. Nothing left.',
    'My family WhatsApp group forwards this every day.',
  ])('does not flag %j', (t) => expect(links(t)).toBe(false));

  it('reports the pointer as the evidence', () => {
    const hits = findLinks('Link in my bio for free iPhone', []);
    expect(hits.map((h) => [h.kind, 'Link in my bio for free iPhone'.slice(h.start, h.end)])).toEqual([['spam', 'Link in my bio']]);
  });
});

describe('links: disguised phone numbers, addresses and domains', () => {
  it.each([
    'My number is 98 111 22 333, call after 6',
    'whatsapp karo 9876O43210 for the notes',
    'Call 9\ufe0f\u20e38\ufe0f\u20e37\ufe0f\u20e36\ufe0f\u20e35\ufe0f\u20e34\ufe0f\u20e33\ufe0f\u20e32\ufe0f\u20e31\ufe0f\u20e30\ufe0f\u20e3 for loans without documents',
    'Loan without CIBIL in 10 minutes, call ➒➑➐➏➎➍➌➋➊⓿',
    'call me at nine eight seven 6543210',
    'whatsapp me at 9 eight 7 six 5 four 3 two 1 zero',
    'contact for escort service in Delhi: ninety eight one one, two two three three four four',
    'my number is double nine eight seven six five four three two one',
    'go to example,com for details',
    'Get paid to type! Go to w w w dot typingjobs dot in',
    'Paisa kamane ke liye telegram join karo - t me/earnfast',
    'my gmail is rahul.sharma1990',
    'Send your CV to hr.jobs2024@gmail for immediate joining',
    'mail me at rahul1990 at gmail',
    'contact me on insta rahul_sharma_07 for paid promotion',
    'Tips daily on my TG channel, username is @sharemarket_guru_official',
    'Insta pe follow karo: @fitness_with_neha',
    'Genuine work from home, contact: nine 8 seven 6 five 4 three 2 one 0 (Priya)',
    'proof here: example·com/leaks',
    'buy followers at followers•shop',
    'mujhe call karo ९८७६५४३२१० pe, kaam pakka',
    'whatsapp +९१ ९८७६५ ४३२१० for details',
    'website: cheapgold d.o.t in, 50% off today',
    'check e x a m p l e dot c o m for the full list',
    'is . gd/abc',
  ])('flags %j', (t) => expect(links(t)).toBe(true));

  it.each([
    'Tickets cost Rs 1,499 - 2,999 - 4,999 for the final.',
    'The 2011 census counted 121,08,54,977 people.',
    'Call it what you want, one two three four five six seven eight nine ten, the count is rigged.',
    'one two three four five six seven eight nine zero, lets go',
    'In twenty twenty four, ninety nine percent of the one hundred crore voters stayed home.',
    'I went to Delhi,in the morning and came back at night.',
    'My email is down since morning.',
    'Gmail at 10.30 was down for everyone.',
    'Follow me on insta for more, lol.',
    "Don't let me/us down, said the captain.",
    'The rupee was at 83,20 in the morning.',
    'Helpline numbers: 100, 101, 102, 108 and 1098 for children.',
    'The PIN code 110001 is for Connaught Place.',
    'The Dot.com bubble burst in 2000, history repeats.',
    'Delhi · Mumbai · Chennai: the three cities with the worst air.',
    'Top news • Sports • Business',
    'गांव की आबादी १२३४ है और स्कूल एक भी नहीं।',
    'The vote count was 98,765 to 43,210 in Varanasi.',
    'PNR 4521987634 shows confirmed, thank you IRCTC.',
    'Sir, at the rate things are going, petrol will be ₹150 soon.',
  ])('does not flag %j', (t) => expect(links(t)).toBe(false));
});
