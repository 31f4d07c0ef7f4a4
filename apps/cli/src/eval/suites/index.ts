import { Suite } from '../suite';
import { attackSuite } from './attack.suite';
import { davidsonSuite } from './davidson.suite';
import { hateSuite, indianSuite } from './indian-suites'; // issue 7
import { linksSuite } from './links.suite';
import { newsSuite } from './news.suite';
import { obscenitySuite } from './obscenity.suite';

// Every eval suite, in report order. Add a suite: a new file in this folder and one line here.
export const SUITES: Suite[] = [obscenitySuite, linksSuite, attackSuite, davidsonSuite, indianSuite, hateSuite, newsSuite];
