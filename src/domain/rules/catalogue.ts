import type { CheckRule, CheckRuleId, TableRule } from './rule.ts';
import { AGREEMENT_ROWS, collectionAfterAgreement } from './catalogue/agreements.ts';
import {
  CONDUCT_ROWS,
  falseCrimeClaim,
  impersonatedAuthority,
  improperPaymentDemand,
  privateSocialAccount,
  seizedProperty,
  urgedNewLoan,
} from './catalogue/conduct-tags.ts';
import { CREDIT_AND_COURTS_ROWS } from './catalogue/credit-and-courts.ts';
import { FREQUENCY_ROWS, connectedCallsPerDay, unansweredAttemptsPerDay } from './catalogue/frequency.ts';
import { OUTSOURCING_ROWS, outsourcingWithoutNotice } from './catalogue/outsourcing.ts';
import {
  REAL_HARM_ROWS,
  collectionAfterPayoff,
  falseConsequence,
  harassment,
  messageFlood,
  propertyDamage,
} from './catalogue/real-harms.ts';
import { THIRD_PARTY_ROWS, thirdPartyDisclosure, thirdPartyWhileReachable } from './catalogue/third-party.ts';
import {
  THREATS_PRIVACY_ROWS,
  detention,
  insult,
  publicExposure,
  threat,
  violence,
} from './catalogue/threats-privacy.ts';
import { TIME_ROWS, quietHours } from './catalogue/time.ts';
import {
  VISIT_ROWS,
  visitEntryWithoutConsent,
  visitNoId,
  visitTooFewCollectors,
} from './catalogue/visits.ts';

/** Table A of legal-facts.md §12 (R01–R51) and the rows added to it in 2026-12, in row order. */
export const TABLE_A: readonly TableRule[] = [
  ...THREATS_PRIVACY_ROWS,
  ...VISIT_ROWS,
  ...THIRD_PARTY_ROWS,
  ...TIME_ROWS,
  ...FREQUENCY_ROWS,
  ...CONDUCT_ROWS,
  ...OUTSOURCING_ROWS,
  ...AGREEMENT_ROWS,
  ...CREDIT_AND_COURTS_ROWS,
  ...REAL_HARM_ROWS,
].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

/** The machine-checked rules of case-file-v1, keyed by their contract ids. */
export const CHECK_RULES: Readonly<Record<CheckRuleId, CheckRule>> = {
  'quiet-hours': quietHours,
  'connected-calls-per-day': connectedCallsPerDay,
  'unanswered-attempts-per-day': unansweredAttemptsPerDay,
  'third-party-while-reachable': thirdPartyWhileReachable,
  'third-party-disclosure': thirdPartyDisclosure,
  'visit-too-few-collectors': visitTooFewCollectors,
  'visit-no-id': visitNoId,
  'visit-entry-without-consent': visitEntryWithoutConsent,
  'collection-after-agreement': collectionAfterAgreement,
  'outsourcing-without-notice': outsourcingWithoutNotice,
  threat,
  insult,
  violence,
  detention,
  'public-exposure': publicExposure,
  'seized-property': seizedProperty,
  'urged-new-loan': urgedNewLoan,
  'impersonated-authority': impersonatedAuthority,
  'false-crime-claim': falseCrimeClaim,
  'improper-payment-demand': improperPaymentDemand,
  'private-social-account': privateSocialAccount,
  'message-flood': messageFlood,
  harassment,
  'property-damage': propertyDamage,
  'false-consequence': falseConsequence,
  'collection-after-payoff': collectionAfterPayoff,
};
