// End-to-end tests on the third batch of own texts: every contract field is compared exactly.
import { THIRD_CASES } from './__fixtures__/own-texts-third.ts';
import { describeExactCases } from './__fixtures__/exact-cases.ts';

describeExactCases('extractEngagement on the third batch of own texts (all fields exact)', THIRD_CASES, 10);
