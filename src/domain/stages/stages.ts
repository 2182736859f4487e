/**
 * The stages of delinquency as data. The ORDER and the day counts are typical practice, not law: legal-facts.md
 * §6.8 says reminder → letter → visit → outsourcing → lawsuit → enforcement "matches practice, but no law fixes the
 * timing", and its only day figures ("SMS at 7–15 days, visit after 90 days, lawsuit at 6 months") are bank
 * practice as described by wodefinance.com. Those three figures are the only ones used here; stages the sheet gives
 * no timing for are reached only by logged facts. Citations below are for each stage's legal content.
 */
import type { DebtKind, EntryKind } from '../case/types.ts';
import type { KindProfile, StageDef, StageEvent, StageId } from './types.ts';

const CONTACT_KINDS: readonly EntryKind[] = ['call', 'sms', 'message'];
const contactsBy = (sides: StageEvent['collectorSides'], kinds = CONTACT_KINDS): StageEvent[] =>
  kinds.map((entryKind) => ({ entryKind, collectorSides: sides }));

export const STAGES = [
  {
    id: 'not-overdue',
    order: 0,
    events: [],
    ruleRefs: ['R43'],
    actions: ['pay-or-talk-before-due', 'check-credit-report'],
    risks: ['late-charges', 'negative-credit-record'],
    citationIds: ['minfadian-676', 'zhengxin-15', 'zhengxin-16'],
    basis: 'practice',
  },
  {
    id: 'overdue',
    order: 1,
    events: [],
    ruleRefs: ['R43', 'R44'],
    actions: ['contact-lender-to-negotiate', 'log-every-contact', 'check-fees-and-interest'],
    risks: ['late-charges', 'negative-credit-record', 'limitation-restarts'],
    citationIds: ['minfadian-676', 'zhengxin-15', 'zhengxin-16', 'minfadian-195'],
    basis: 'practice',
  },
  {
    id: 'early-reminders',
    order: 2,
    typicalDays: { from: 1, to: 6 },
    events: [],
    ruleRefs: ['R14', 'R21', 'R43'],
    actions: ['contact-lender-to-negotiate', 'log-every-contact', 'check-fees-and-interest'],
    risks: ['late-charges', 'negative-credit-record'],
    citationIds: ['minfadian-676', 'zhengxin-15', 'zhengxin-16'],
    basis: 'practice',
  },
  {
    // "SMS at 7–15 days" (§6.8, bank practice).
    id: 'fees-and-calls',
    order: 3,
    typicalDays: { from: 7, to: 89 },
    events: contactsBy(['lender', 'unknown']),
    ruleRefs: ['R10', 'R18', 'R19', 'R21', 'R22', 'R23', 'R24', 'R44'],
    actions: [
      'log-every-contact',
      'contact-lender-to-negotiate',
      'check-fees-and-interest',
      'check-credit-report',
    ],
    risks: ['late-charges', 'negative-credit-record', 'limitation-restarts'],
    citationIds: ['minfadian-195', 'spc-limitation-8', 'zhengxin-15', 'zhengxin-16'],
    basis: 'practice',
  },
  {
    id: 'collection-letters',
    order: 4,
    events: [{ entryKind: 'letter', letterType: 'collection-notice' }],
    ruleRefs: ['R28', 'R29', 'R34', 'R40', 'R44'],
    actions: ['check-collection-letter', 'log-every-contact', 'contact-lender-to-negotiate'],
    risks: ['limitation-restarts', 'fake-legal-documents'],
    citationIds: ['minfadian-195', 'spc-limitation-8'],
    basis: 'practice',
  },
  {
    // "visit after 90 days" (§6.8, bank practice).
    id: 'field-visits',
    order: 5,
    typicalDays: { from: 90 },
    events: [{ entryKind: 'visit' }],
    ruleRefs: ['R05', 'R06', 'R21', 'R26', 'R27'],
    actions: ['know-visit-rules', 'log-every-contact', 'contact-lender-to-negotiate'],
    risks: ['limitation-restarts'],
    citationIds: ['xingfa-245', 'minfadian-1033-2', 'cba-2026-art22'],
    basis: 'practice',
  },
  {
    id: 'agency',
    order: 6,
    events: [
      { entryKind: 'letter', letterType: 'outsourcing-notice' },
      ...contactsBy(['agency'], [...CONTACT_KINDS, 'visit', 'third-party-contact']),
    ],
    ruleRefs: ['R32', 'R35', 'R37', 'R38', 'R50'],
    actions: ['check-outsourcing-notice', 'log-every-contact', 'complain-to-regulator'],
    risks: ['limitation-restarts'],
    citationIds: ['yinbao-xiaobao-41'],
    basis: 'practice',
  },
  {
    id: 'lawyer-letter',
    order: 7,
    events: [
      { entryKind: 'letter', letterType: 'lawyer-letter' },
      ...contactsBy(['law-firm'], [...CONTACT_KINDS, 'visit']),
    ],
    ruleRefs: ['R28', 'R30', 'R34', 'R44'],
    actions: ['lawyer-letter-is-not-court', 'contact-lender-to-negotiate', 'log-every-contact'],
    risks: ['limitation-restarts', 'fake-legal-documents'],
    citationIds: ['minfadian-195', 'spc-limitation-8'],
    basis: 'practice',
  },
  {
    // A payment order is an alternative to a lawsuit; a valid objection moves the case to litigation (Art. 228),
    // so it sits before the lawsuit stage.
    id: 'payment-order',
    order: 8,
    events: [{ entryKind: 'letter', letterType: 'payment-order' }],
    ruleRefs: ['R45'],
    actions: ['object-to-payment-order', 'verify-court-papers'],
    risks: ['payment-order-becomes-enforceable', 'fake-legal-documents'],
    // An objection must dispute the debt itself (解释 2022 Art. 436; legal-facts §16 R53).
    citationIds: ['minsufa-2023-227', 'minsufa-2023-225-228', 'spc-minsufa-interp-436'],
    basis: 'law',
  },
  {
    // "lawsuit at 6 months" (§6.8, bank practice): shown as typical timing only; a debt is never placed here by
    // days, only by court papers.
    id: 'lawsuit',
    order: 9,
    typicalDays: { from: 180 },
    events: [
      { entryKind: 'letter', letterType: 'court-summons' },
      { entryKind: 'letter', letterType: 'ruling' },
    ],
    ruleRefs: ['R45', 'R51'],
    actions: ['verify-court-papers', 'answer-within-15-days', 'log-every-contact'],
    risks: ['case-proceeds-without-answer', 'small-claims-no-appeal', 'fake-legal-documents'],
    // Simple procedure and small claims (legal-facts §16 R76–R80): court-set periods, objection before the hearing.
    citationIds: [
      'minsufa-2023-128',
      'minsufa-2023-130',
      'minsufa-2023-160-164',
      'minsufa-2023-165',
      'minsufa-2023-168',
      'minsufa-2023-169',
      'spc-minsufa-interp-278-279',
    ],
    basis: 'law',
  },
  {
    id: 'judgment',
    order: 10,
    events: [{ entryKind: 'letter', letterType: 'judgment' }],
    ruleRefs: ['R45'],
    actions: ['consider-appeal', 'follow-enforcement'],
    risks: ['small-claims-no-appeal', 'double-interest-late-performance', 'enforcement-measures'],
    // Which rulings can be appealed, review of a preservation ruling, retrial after small claims (R56, R57, R80).
    citationIds: [
      'minsufa-2023-171',
      'minsufa-2023-157',
      'minsufa-2023-111',
      'spc-minsufa-interp-171',
      'minsufa-2023-264',
      'minsufa-2023-165',
      'spc-minsufa-interp-424',
    ],
    basis: 'law',
  },
  {
    // Being unable to pay a judgment is not a crime; what creates exposure here is hiding or moving assets, lying
    // about property, or breaking a 限高 order after fines or detention (legal-facts.md §16 item 4, R65–R70).
    // Remedies: objections to an enforcement act or by a third party, travel-ban review (§16 item 2, R58–R60).
    id: 'enforcement',
    order: 11,
    events: [{ entryKind: 'letter', letterType: 'enforcement-notice' }],
    ruleRefs: ['R36'],
    actions: [
      'follow-enforcement',
      'report-property-truthfully',
      'object-to-enforcement-act',
      'third-party-objection',
      'travel-ban-review',
      'keep-living-expenses',
      'free-legal-advice',
      'check-credit-report',
    ],
    risks: [
      'enforcement-fines-detention',
      'refusal-to-execute-crime',
      'defaulter-list-and-spending-limits',
      'enforcement-measures',
      'double-interest-late-performance',
    ],
    citationIds: [
      'minsufa-2023-250',
      'minsufa-2023-264',
      'minsufa-2023-266',
      'minsufa-2023-252',
      'minsufa-2023-118',
      'minsufa-2023-114',
      'xingfa-313',
      'spc-refuse-execute-2024',
      'spc-consumption-limit-2015',
      'spc-defaulter-list-2017',
      'spc-good-faith-enforcement-2019',
      'minsufa-2023-236',
      'minsufa-2023-238',
      'spc-enforcement-objection-6',
      'spc-enforcement-objection-9',
      'minsufa-2023-254-255',
      'falv-yuanzhu-2021',
    ],
    basis: 'law',
  },
] as const satisfies readonly StageDef[];

const BY_ID = new Map<StageId, StageDef>(STAGES.map((s) => [s.id, s]));

export const stageDef = (id: StageId): StageDef => {
  const s = BY_ID.get(id);
  if (s === undefined) throw new Error(`unknown stage ${id}`);
  return s;
};

const NO_EXTRAS = { skips: [], extraActions: [], extraRisks: [], replaces: {} } as const;

/**
 * Differences per kind of lender, each from the sheet: credit cards (§6.1, §2 Art. 196), the outsourcing notice
 * for banks and consumer finance (§6.3), third-party bans (Table A R15–R17), microloan items (§6.5), private-loan
 * caps (§7). The typical ladder is institutional practice, so private loans and "other" get no day-based stage.
 */
export const KIND_PROFILES: Readonly<Record<DebtKind, KindProfile>> = {
  'credit-card': {
    kind: 'credit-card',
    typicalLadder: true,
    skips: [],
    extraActions: ['ask-installment-plan', 'stay-reachable'],
    extraRisks: ['malicious-overdraft'],
    replaces: { 'contact-lender-to-negotiate': 'ask-installment-plan' },
    ruleRefs: ['R15', 'R37', 'R40', 'R41', 'R42', 'R48'],
    citationIds: [
      'xinyongka-67',
      'xinyongka-69',
      'xinyongka-70',
      'xingfa-196',
      'spc-overdraft-2018',
      'spc-bankcard-2',
      'spc-bankcard-3',
      'yinbao-xiaobao-41',
    ],
  },
  'bank-loan': {
    kind: 'bank-loan',
    typicalLadder: true,
    ...NO_EXTRAS,
    ruleRefs: ['R37', 'R38'],
    citationIds: ['yinbao-xiaobao-41'],
  },
  'consumer-finance': {
    kind: 'consumer-finance',
    typicalLadder: true,
    ...NO_EXTRAS,
    ruleRefs: ['R16', 'R37', 'R38'],
    citationIds: ['xiaojin-2024', 'yinbao-xiaobao-41'],
  },
  'online-loan': {
    kind: 'online-loan',
    typicalLadder: true,
    ...NO_EXTRAS,
    ruleRefs: ['R48', 'R49'],
    citationIds: ['pboc-2021-3'],
  },
  microloan: {
    kind: 'microloan',
    typicalLadder: true,
    ...NO_EXTRAS,
    ruleRefs: ['R12', 'R17', 'R36'],
    citationIds: ['xiaodai-2025-item3', 'xiaodai-2025-item4', 'xiaodai-2025-item5'],
  },
  'private-loan': {
    kind: 'private-loan',
    typicalLadder: false,
    ...NO_EXTRAS,
    ruleRefs: ['R46', 'R47'],
    citationIds: ['spc-private-lending-25', 'spc-private-lending-28', 'spc-private-lending-29'],
  },
  other: {
    kind: 'other',
    typicalLadder: false,
    ...NO_EXTRAS,
    ruleRefs: [],
    citationIds: [],
  },
};

/**
 * The typical path shown for a kind, in order: every stage except the kind's skips; for kinds without the typical
 * ladder the day-based stages (early reminders, calls) carry no typical days (the UI shows them without timing).
 */
export const stagesFor = (kind: DebtKind): readonly StageDef[] => {
  const profile = KIND_PROFILES[kind];
  const all: readonly StageDef[] = STAGES;
  return all
    .filter((s) => !profile.skips.includes(s.id) && (profile.typicalLadder ? s.id !== 'overdue' : true))
    .map((s) => {
      if (profile.typicalLadder || s.typicalDays === undefined) return s;
      return { ...s, typicalDays: undefined };
    })
    .sort((a, b) => a.order - b.order);
};
