import { createHateCheck } from '../hate';
import { Check } from './check';
import { LinksCheck } from './links.check';
import { ObscenityCheck } from './obscenity.check';
import { PersonalAttackCheck } from './personal-attack.check';

// The engine's check list, in run order. The hate check and the language detector come from
// src/hate and src/lang (issue 7).
export { detectLanguage } from '../lang';

export function createChecks(): Check[] {
  return [new ObscenityCheck(), new LinksCheck(), new PersonalAttackCheck(), createHateCheck()];
}
