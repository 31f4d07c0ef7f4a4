import { HateLexicon } from '../hate/hate-rules';

// Capitalised words that name no person: places, groups of people, languages, months and days,
// institutions. A capitalised word in mid-sentence is how the attack check sees a named person
// ("Modi is a liar"); "potholes in Bengaluru", "calling all Muslims terrorists is bigotry" and
// "the Supreme Court" name nobody who could be insulted.
const PLACES = `india bharat hindustan delhi mumbai bombay kolkata calcutta chennai madras bengaluru bangalore hyderabad pune ahmedabad surat jaipur lucknow
kanpur nagpur indore bhopal patna ranchi raipur bhubaneswar guwahati shillong imphal aizawl kohima agartala itanagar gangtok srinagar jammu leh
ladakh kashmir chandigarh amritsar ludhiana shimla dehradun varanasi banaras kashi prayagraj allahabad agra mathura ayodhya noida gurgaon gurugram
faridabad ghaziabad meerut kochi cochin thiruvananthapuram trivandrum kozhikode calicut madurai coimbatore mysuru mysore mangaluru mangalore hubli
belgaum visakhapatnam vizag vijayawada goa panaji nashik thane aurangabad kota udaipur jodhpur ajmer gwalior jabalpur wayanad manipur mizoram
nagaland assam meghalaya tripura sikkim arunachal bihar jharkhand odisha orissa chhattisgarh madhya pradesh uttar uttarakhand himachal haryana
punjab rajasthan gujarat maharashtra karnataka kerala tamil nadu telangana andhra bengal sindh balochistan karachi lahore islamabad dhaka kabul
kathmandu colombo beijing china pakistan bangladesh nepal bhutan sri lanka myanmar afghanistan iran iraq israel palestine gaza ukraine russia
america usa canada britain england london paris france germany japan australia dubai saudi arabia qatar europe asia africa
pahalgam pulwama uri galwan kargil doklam balakot godhra manali darjeeling ooty munnar kutch sabarimala tirupati shirdi puri konark hampi
andaman nicobar lakshadweep puducherry pondicherry silchar siliguri jamshedpur dhanbad gaya bodh nalanda kurukshetra panipat rohtak hisar`;
const OTHER = `hindi english urdu tamil telugu kannada malayalam marathi bengali gujarati punjabi sanskrit january february march april may june july
august september october november december monday tuesday wednesday thursday friday saturday sunday parliament court supreme high government
police army navy constitution budget metro railways railway airport diwali holi eid christmas ramzan ramadan navratri durga puja ganesh
chaturthi pongal onam sankranti makar lohri baisakhi vaisakhi bihu ugadi gudi padwa dussehra dasara rakhi raksha bandhan janmashtami shivratri
mahashivratri bakrid muharram chhath kumbh mela gurpurab easter ipl bcci icc rbi sebi isro covid corona
congress bjp aap tmc cpi cpm dmk aiadmk bsp rjd jdu ncp trs brs tdp ysrcp jmm inld akali shiv sena upa nda rss vhp`;

const WORDS = new Set(`${PLACES} ${OTHER}`.split(/\s+/).filter(Boolean));

/** Does the lower-cased word name no person (a place, a group of people, a language, a month...)? */
export function namesNoPerson(word: string): boolean {
  // Identity words of the hate lexicon (religions, castes, nationalities...): a group, not a person.
  return WORDS.has(word) || HateLexicon.load().identityWords.has(word);
}
