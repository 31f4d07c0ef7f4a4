import { ModerationEngine } from '../engine';

const engine = ModerationEngine.load();
const hate = (text: string): boolean => engine.screen(text).checks.find((c) => c.check === 'hate')!.flagged;

describe('hate in Hindi word order (hindi-hate.ts)', () => {
  it.each([
    'Musalmanon ko kiraye pe ghar mat do, ye sab aise hi hote hain.',
    'Kashmiriyon ko naukri mat do, sab pathharbaaz hain.',
    'Muslim sabziwale se kuch mat khareedo, thook laga ke bechte hain.',
    'In Bangladeshi ghuspaithiyon ko desh se bahar phenko.',
    'Musalmanon ko vote ka adhikar nahi hona chahiye.',
    'Saare sardar Khalistani hote hain.',
    'Ye katwe deemak ki tarah desh ko kha rahe hain.',
    'Ladkiyon ko padhana bekaar hai, inka kaam sirf ghar sambhalna hai.',
    'दलितों को गांव के कुएं से पानी मत भरने दो।',
    'ईसाइयों को गांव में घुसने मत दो।',
    'हिंदू सब डरपोक होते हैं।',
    'पंजाबी सब नशेड़ी होते हैं।',
    'औरतों की जगह रसोई में है, इन्हें वोट का हक नहीं होना चाहिए।',
    'Bangladeshi ghuspaithiye keede hain.',
    'Hijdon ko samaj mein jagah nahi milni chahiye.',
    "No jobs for Muslims in our company, that's our rule.",
    'No Muslims allowed in this society.',
    "Kashmiris don't deserve to live in India.",
    'औरतों को घर में रहना चाहिए, नौकरी उनका काम नहीं।',
    'Aurton ko ghar mein rehna chahiye.',
    'Aurton ko rajneeti mein nahi aana chahiye, yeh unka kaam nahi.',
    'Dalito ko aukaat mein rakhna chahiye.',
    'दलितों को औकात में रखना चाहिए।',
  ])('flags %j', (t) => expect(hate(t)).toBe(true));

  it.each([
    'Dalits ko mandir mein entry nahi dena galat hai.',
    'Musalmanon ko naukri na dena bhedbhav hai, sarkar jawab de.',
    'Sab neta chor hote hain.',
    'Kashmiriyon ko naukri milni chahiye, unka bhi haq hai.',
    'Bihari mazdooron ko ghar bhejne ke liye trains chalao.',
    'मुसलमानों को गद्दार कहना गलत है, उन्होंने भी आज़ादी की लड़ाई लड़ी।',
    'मुसलमानों को गद्दार कहने वाले नेता पर केस होना चाहिए।',
    'उसे मुसलमान कहलाने का कोई हक नहीं, ऐसा मौलाना ने कहा।',
    'Muslims pray on a mat, do you know?',
    'Aurton ko rasoi tak seemit rakhna band karo, woh har jagah aage hain.',
    'Kisan keede nahi hain, insaan hain.',
    'There are no jobs for Muslims in the state, says the report.',
    'No jobs for Dalits in the village, the survey found.',
    'No entry for women in the temple was the old rule; the court ended it.',
    'No vote for the BJP this time, we want jobs.',
    "Saying Kashmiris don't deserve to live in India is wrong.",
    "Kashmiris don't deserve this violence, the editorial says.",
    "Women don't deserve to be treated like this.",
    "Dalits don't deserve to live in fear.",
    "Migrants don't deserve to live without water and power.",
    'Covid mein aurton ko ghar mein rehna chahiye.',
    'Pregnant auraton ko is garmi mein ghar mein rehna chahiye.',
    'Mahila aayog ne kaha ki ghar ka kaam unka akele ka kaam nahi hai.',
    'Hindu Muslim bhai bhai, nafrat failana band karo.',
    'हिंदू मुस्लिम भाई भाई, नफरत फैलाना बंद करो।',
    'Dalit raat din mehnat karte hain.',
    'Pakki baat hai, Dalit chhatron ko scholarship milegi.',
    'Dalito ko aukaat mein rakhna band karo, yeh 2025 hai.',
    'Dalit raat ko mandir nahi ja sakte the, ab ja sakte hain.',
  ])('does not flag %j', (t) => expect(hate(t)).toBe(false));
});
