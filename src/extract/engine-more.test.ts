// End-to-end tests on the second batch of own texts: every contract field is compared exactly.
import { MORE_CASES } from './__fixtures__/own-texts-more.ts';
import { describeExactCases } from './__fixtures__/exact-cases.ts';

describeExactCases('extractEngagement on more own texts (all fields exact)', MORE_CASES, 20);
