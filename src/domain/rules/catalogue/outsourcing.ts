import type { DebtKind } from '../../case/types.ts';
import { debtGroupKey } from '../context.ts';
import { ALL_DEBT_KINDS, INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, Hit, TableRule } from '../rule.ts';

/** The lenders 银保消保办法 binds (banks, consumer finance companies: legal-facts.md §6.3). */
const NOTICE_KINDS: readonly DebtKind[] = ['credit-card', 'bank-loan', 'consumer-finance'];

/** legal-facts.md §12: handing collection to an outside agency. */
export const OUTSOURCING_ROWS = [
  {
    id: 'R37',
    kind: 'must',
    topic: 'third-parties',
    debtKinds: NOTICE_KINDS,
    citationIds: ['yinbao-xiaobao-41'],
    bindingAsWritten: 'DR',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R38',
    kind: 'must',
    topic: 'third-parties',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['yinbao-xiaobao-41', 'xiaojin-2024', 'gbt-45251-2025', 'cba-2026'],
    bindingAsWritten: 'DR + GB/T + SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R39',
    kind: 'must',
    topic: 'third-parties',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['pipl-21'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
] as const satisfies readonly TableRule[];

/**
 * case-file-v1 `outsourcing-without-notice`: the first collection contact by an agency for a credit-card,
 * bank-loan or consumer-finance debt, when `outsourcingNoticeOn` is absent or later than that contact's local day;
 * one finding per debt.
 */
export const outsourcingWithoutNotice = {
  id: 'outsourcing-without-notice',
  tableRows: ['R37'],
  debtKinds: NOTICE_KINDS,
  citationIds: ['yinbao-xiaobao-41'],
  params: {},
  check: (ctx) =>
    ctx.caseFile.debts.flatMap((debt): Hit[] => {
      if (!NOTICE_KINDS.includes(debt.kind)) return [];
      const first = (ctx.groups.get(debtGroupKey(debt.id)) ?? []).find(
        (p) => p.collectionContact && p.entry.collector?.side === 'agency',
      );
      if (first === undefined) return [];
      const noticeOn = debt.outsourcingNoticeOn ?? null;
      if (noticeOn !== null && noticeOn <= first.day) return [];
      return [
        {
          entries: [first],
          debtId: debt.id,
          params: { localDate: first.day, outsourcingNoticeOn: noticeOn },
          trace: [
            {
              condition: 'first-agency-contact',
              entryIds: [first.entry.id],
              values: { localDate: first.day, collector: first.entry.collector?.name ?? null },
            },
            {
              condition: noticeOn === null ? 'no-outsourcing-notice' : 'outsourcing-notice-after-contact',
              entryIds: [],
              values: { outsourcingNoticeOn: noticeOn },
            },
          ],
        },
      ];
    }),
} as const satisfies CheckRule;
