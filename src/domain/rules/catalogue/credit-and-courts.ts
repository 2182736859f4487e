import { ALL_DEBT_KINDS, INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { TableRule } from '../rule.ts';

/**
 * legal-facts.md §12 R43–R51: credit reports, limitation, courts, interest and evidence. None of these is checked
 * over the contact log; later features (stages, letters) read them as data.
 */
export const CREDIT_AND_COURTS_ROWS = [
  {
    id: 'R43',
    kind: 'may',
    topic: 'credit-reports',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['zhengxin-15', 'zhengxin-16', 'zhengxin-25'],
    params: { negativeRecordYears: 5, objectionReplyDays: 20 },
    bindingAsWritten: 'AR',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R44',
    kind: 'may',
    topic: 'lawsuits',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['minfadian-195', 'spc-limitation-8', 'spc-bankcard-3'],
    params: { limitationYears: 3 },
    bindingAsWritten: 'LAW + JI',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R45',
    kind: 'may',
    topic: 'lawsuits',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['minsufa-2023-225-228'],
    params: { paymentOrderObjectionDays: 15 },
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R46',
    kind: 'may-not',
    topic: 'fees-payments',
    debtKinds: ALL_DEBT_KINDS,
    // 民法典 670 binds every lender. The private-lending provisions (Art. 26) govern private lenders only; licensed
    // banks, consumer-finance and microloan companies fall outside them (legal-facts.md §16 R113), so Art. 26 is
    // background here, not the rule's source for every kind of debt.
    citationIds: ['minfadian-670'],
    contextCitationIds: ['spc-private-lending-26'],
    bindingAsWritten: 'LAW + JI',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R47',
    kind: 'may-not',
    topic: 'fees-payments',
    debtKinds: ['private-loan'],
    citationIds: ['spc-private-lending-25', 'spc-private-lending-28', 'spc-private-lending-29'],
    params: { lprMultiple: 4 },
    bindingAsWritten: 'JI',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R48',
    kind: 'may',
    topic: 'fees-payments',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['spc-bankcard-2', 'minfadian-585', 'fafa-2017-22-2'],
    params: { annualCostPercent: 24 },
    bindingAsWritten: 'JI + LAW + court guidance',
    confidenceAsWritten: 'V-full / R',
  },
  {
    id: 'R49',
    kind: 'must',
    topic: 'fees-payments',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['pboc-2021-3'],
    bindingAsWritten: 'RND',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R50',
    kind: 'may',
    topic: 'third-parties',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['minfadian-546', 'cba-2026'],
    bindingAsWritten: 'LAW + SRO',
    confidenceAsWritten: 'V-full / V-sec',
  },
  {
    id: 'R51',
    kind: 'may',
    topic: 'lawsuits',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: [
      'spc-minsufa-interp-106',
      'spc-evidence-14',
      'spc-evidence-15',
      'spc-evidence-90',
      'spc-evidence-93',
    ],
    bindingAsWritten: 'JI',
    confidenceAsWritten: 'V-full (admissibility practice: inference)',
  },
] as const satisfies readonly TableRule[];
