/**
 * What the borrower can do about a finding: the matching letters (template ids of src/domain/letters, checked by a
 * test against its catalogue) and the channels legal-facts.md §10 names for such conduct. Kept as data here so the
 * findings chunk does not load every letter body.
 */
import type { DebtKind } from '../../domain/case/types.ts';
import type { Finding } from '../../domain/rules/evaluate.ts';
import type { CheckRuleId } from '../../domain/rules/rule.ts';

/**
 * §10: 110 for violence, threats, unlawful entry, detention and impersonating police, procuratorate or court;
 * 12378 (NFRA) for banks, credit cards and consumer finance companies, improper collection; 12321 for harassing
 * calls and spam SMS (the sheet marks 12321 R, so the screen marks it unverified).
 */
export const CHANNELS = ['110', '12378', '12321'] as const;
export type Channel = (typeof CHANNELS)[number];

/** legal-facts.md §10 row 12378: banks, credit cards, consumer finance companies (and insurers). */
const KINDS_12378: readonly DebtKind[] = ['credit-card', 'bank-loan', 'consumer-finance'];

/** The debt kinds each linked template is written for (as in src/domain/letters/templates; a test compares). */
export const LETTER_DEBT_KINDS: Readonly<Record<string, 'all' | readonly DebtKind[]>> = {
  'complaint-lender': ['credit-card', 'online-loan', 'consumer-finance', 'microloan', 'bank-loan', 'other'],
  'complaint-12378': KINDS_12378,
  'stop-third-party': 'all',
  'collector-identity': 'all',
  'police-statement': 'all',
};

const COMPLAIN = ['complaint-lender', 'complaint-12378'];
const POLICE = ['police-statement', ...COMPLAIN];

const LETTERS: Readonly<Record<CheckRuleId, readonly string[]>> = {
  'quiet-hours': COMPLAIN,
  'connected-calls-per-day': COMPLAIN,
  'unanswered-attempts-per-day': COMPLAIN,
  'third-party-while-reachable': ['stop-third-party', ...COMPLAIN],
  'third-party-disclosure': ['stop-third-party', ...COMPLAIN],
  'visit-too-few-collectors': ['collector-identity', ...COMPLAIN],
  'visit-no-id': ['collector-identity', ...COMPLAIN],
  'visit-entry-without-consent': POLICE,
  'collection-after-agreement': COMPLAIN,
  'outsourcing-without-notice': COMPLAIN,
  threat: POLICE,
  insult: COMPLAIN,
  violence: POLICE,
  detention: POLICE,
  'public-exposure': COMPLAIN,
  'seized-property': COMPLAIN,
  'urged-new-loan': COMPLAIN,
  'impersonated-authority': POLICE,
  'false-crime-claim': COMPLAIN,
  'improper-payment-demand': COMPLAIN,
  'private-social-account': COMPLAIN,
  'message-flood': POLICE,
  harassment: POLICE,
  'property-damage': POLICE,
  'false-consequence': COMPLAIN,
  'collection-after-payoff': COMPLAIN,
};

const POLICE_RULES: readonly CheckRuleId[] = [
  'threat',
  'violence',
  'detention',
  'impersonated-authority',
  'property-damage',
  'harassment',
  'message-flood',
];
const CALL_RULES: readonly CheckRuleId[] = [
  'quiet-hours',
  'connected-calls-per-day',
  'unanswered-attempts-per-day',
  'message-flood',
];

const letterFits = (id: string, kind: DebtKind | undefined): boolean => {
  const kinds = LETTER_DEBT_KINDS[id];
  if (kinds === undefined) return false;
  return kinds === 'all' || (kind !== undefined && kinds.includes(kind));
};

interface Actions {
  readonly letters: readonly string[];
  readonly channels: readonly Channel[];
}

/** Letters and channels for one finding of a debt of `kind` (undefined: logged without a debt). */
export function actionsFor(finding: Pick<Finding, 'ruleId' | 'params'>, kind: DebtKind | undefined): Actions {
  const channels: Channel[] = [];
  // Unlawful entry is a matter for the police at a home (the statutes protect a 住宅); elsewhere it is CBA's rule.
  const entryAtHome = finding.ruleId === 'visit-entry-without-consent' && finding.params.place === 'home';
  if (POLICE_RULES.includes(finding.ruleId) || entryAtHome) channels.push('110');
  if (kind !== undefined && KINDS_12378.includes(kind)) channels.push('12378');
  if (CALL_RULES.includes(finding.ruleId)) channels.push('12321');
  const policeLetter = finding.ruleId !== 'visit-entry-without-consent' || entryAtHome;
  const letters = LETTERS[finding.ruleId].filter(
    (id) => letterFits(id, kind) && (policeLetter || id !== 'police-statement'),
  );
  return { letters, channels };
}
