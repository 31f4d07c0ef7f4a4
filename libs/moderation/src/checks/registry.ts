import { NormalizedText } from '../normalize';
import { Language } from '../types';
import { Check, unflagged } from './check';
import { LinksCheck } from './links.check';
import { ObscenityCheck } from './obscenity.check';
import { PersonalAttackCheck } from './personal-attack.check';

// The engine's check list, in run order. The hate check and the language detector come from
// src/hate and src/lang (issue 7); until they are committed, the stubs below stand in.

/** Stand-in hate check: never flags. */
const hateStub: Check = { name: 'hate', run: () => unflagged('hate') };

export function createChecks(): Check[] {
  return [new ObscenityCheck(), new LinksCheck(), new PersonalAttackCheck(), hateStub];
}

/** Stand-in language tag: `hi` when Devanagari dominates, else `en`. */
export function detectLanguage(doc: NormalizedText): Language {
  let deva = 0;
  let latin = 0;
  for (let i = 0; i < doc.text.length; i++) {
    const c = doc.text.charCodeAt(i);
    if (c >= 0x900 && c <= 0x97f) deva++;
    else if (c >= 97 && c <= 122) latin++;
  }
  return deva > latin ? 'hi' : 'en';
}
