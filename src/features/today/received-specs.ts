import type { ReceivedFlow } from '../../platform/routes.ts';
import type { FlowSpec } from './received-flows.ts';

// Step texts live in locales/<lang>/received.json under step.<flow>.<key>. Every point is taken from
// legal-facts.md: §9 civil procedure, §8 credit reporting, §4 limitation and Art. 546, §6.8, §11 scams, and the
// 2026-12 rows R52–R80 (payment orders, rulings, service, simple procedure and small claims), R102–R108
// (mediation, online arbitration) and R121 (12348). docs/stages.md lists each flow with its rows.

/** 12348: free legal advice, and the way to ask about legal aid (R121: V-sec, never a promise of aid). */
const HELP = { key: 'help', unverified: true, cites: ['falv-yuanzhu-2021'] } as const;

/** How to check a court paper or message independently of the message itself (R75: practice, V-sec). */
const CHECK_COURT = { key: 'check', unverified: true, cites: ['court-message-check-practice'] } as const;

export const FLOW_SPECS: Readonly<Record<ReceivedFlow, FlowSpec>> = {
  // R71–R75: courts really serve by SMS; verify the message, never delete or ignore it.
  'sued-sms': {
    steps: [
      { key: 'real', cites: ['minsufa-2023-90', 'spc-online-litigation-29-31'] },
      { key: 'ignore', cites: ['minsufa-2023-128', 'minsufa-2023-227'] },
      CHECK_COURT,
      { key: 'fake', unverified: true, cites: ['court-message-check-practice'] },
      { key: 'noPersonal' },
      { key: 'impersonation' },
      { key: 'notCrime' },
      { key: 'logIt' },
    ],
    served: 'court',
  },
  // R56–R57 (rulings), R76–R80 (simple procedure, small claims), R71–R73 (service).
  'court-papers': {
    steps: [
      CHECK_COURT,
      { key: 'answer' },
      { key: 'jurisdiction' },
      { key: 'simple', cites: ['minsufa-2023-160-164', 'spc-minsufa-interp-258-266'] },
      {
        key: 'smallClaims',
        cites: [
          'minsufa-2023-165',
          'minsufa-2023-168',
          'spc-minsufa-interp-271-272',
          'spc-minsufa-interp-274-275',
        ],
      },
      {
        key: 'smallClaimsObject',
        cites: ['minsufa-2023-166', 'minsufa-2023-169', 'spc-minsufa-interp-278-279'],
      },
      {
        key: 'smallClaimsRetrial',
        cites: ['spc-minsufa-interp-424', 'minsufa-2023-211', 'minsufa-2023-216'],
      },
      { key: 'appeal', cites: ['minsufa-2023-171'] },
      { key: 'rulingKinds', cites: ['minsufa-2023-157', 'minsufa-2023-171', 'spc-minsufa-interp-276-277'] },
      {
        key: 'preservation',
        cites: ['minsufa-2023-111', 'spc-minsufa-interp-171', 'spc-preservation-25'],
      },
      {
        key: 'rulingUnknown',
        cites: ['minsufa-2023-157', 'minsufa-2023-111', 'spc-minsufa-interp-171'],
      },
      { key: 'counting' },
      HELP,
    ],
    // One flow for every court paper: which one it is decides the periods (a ruling asks its kind, R56–R57).
    form: { letterTypes: ['court-summons', 'judgment', 'ruling'], why: 'why', dateLabel: 'date' },
    served: 'court',
    letters: ['defence-statement', 'small-claims-objection', 'preservation-review'],
  },
  // R52–R55: the objection must dispute the debt itself; inability to pay does not affect the order.
  'payment-order': {
    steps: [
      { key: 'deadline' },
      { key: 'writing', cites: ['minsufa-2023-227', 'spc-minsufa-interp-436'] },
      { key: 'notInability', cites: ['spc-minsufa-interp-436'] },
      { key: 'grounds', cites: ['spc-minsufa-interp-435', 'minfadian-670'] },
      { key: 'effect', cites: ['minsufa-2023-228', 'spc-minsufa-interp-438-439'] },
      { key: 'late', cites: ['spc-minsufa-interp-431', 'spc-minsufa-interp-432-434'] },
      { key: 'ignore' },
      CHECK_COURT,
      HELP,
    ],
    form: { letterTypes: ['payment-order'], why: 'why', dateLabel: 'date' },
    served: 'court',
    letters: ['payment-order-objection'],
  },
  // R72: service by public notice; no form, because the deemed service day is not the day the user found out.
  'public-notice': {
    steps: [
      { key: 'meaning', cites: ['minsufa-2023-95'] },
      { key: 'notToday' },
      CHECK_COURT,
      { key: 'retrial', cites: ['minsufa-2023-211', 'minsufa-2023-216'] },
      HELP,
    ],
  },
  // R105–R108: online arbitration awards; set aside within 3 months, resist enforcement within 15 days.
  'arbitration-award': {
    steps: [
      { key: 'online', unverified: true, cites: ['zhongcaifa-2025-11'] },
      { key: 'setAside', unverified: true, cites: ['zhongcaifa-2025-72'] },
      { key: 'grounds', unverified: true, cites: ['zhongcaifa-2017-58'] },
      {
        key: 'resist',
        cites: ['minsufa-2023-248', 'spc-arbitration-enforcement-8', 'spc-minsufa-interp-479'],
      },
      { key: 'advance', unverified: true, cites: ['spc-advance-arbitration-2018'] },
      HELP,
    ],
    form: { letterTypes: ['arbitration-award'], why: 'why', dateLabel: 'date' },
    served: 'award',
    letters: ['award-set-aside', 'award-non-enforcement'],
  },
  // R102–R104: mediation is voluntary; people's mediation is free; fees of court-referred mediation are disclosed.
  'mediation-notice': {
    steps: [
      { key: 'voluntary', cites: ['spc-invited-mediation-2016'] },
      { key: 'fees', cites: ['renmin-tiaojie-4', 'spc-online-mediation-5'] },
      { key: 'check', unverified: true, cites: ['mediation-check-practice'] },
      { key: 'redFlag', unverified: true, cites: ['mediation-check-practice'] },
      { key: 'limitation', cites: ['minfadian-195'] },
    ],
    form: { letterTypes: ['mediation-notice'], why: 'whyNoDeadline', dateLabel: 'date' },
  },
  'lawyer-letter': {
    steps: [
      { key: 'notCourt' },
      { key: 'posting' },
      { key: 'limitation' },
      { key: 'noSign' },
      { key: 'verify' },
    ],
    form: { letterTypes: ['lawyer-letter'], why: 'whyNoDeadline', dateLabel: 'date' },
  },
  'debt-sold': {
    steps: [
      { key: 'notice' },
      { key: 'check' },
      { key: 'outsourcing' },
      { key: 'whitelist' },
      { key: 'channel' },
    ],
    form: {
      letterTypes: ['debt-sale-notice', 'outsourcing-notice'],
      why: 'whyNoDeadline',
      dateLabel: 'date',
    },
  },
  'credit-error': {
    steps: [
      { key: 'free' },
      { key: 'objection' },
      { key: 'complaint' },
      { key: 'accurate' },
      { key: 'notice' },
    ],
    creditReply: true,
  },
};
