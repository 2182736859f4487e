import type { i18n as I18n } from 'i18next';
import type { DebtKind } from '../../domain/case/types.ts';
import { citationHead, citationParts } from '../../domain/citations/citation-parts.ts';
import { isCitationId } from '../../domain/citations/citations.ts';
import { isStatementRow, rowSourcesForce } from '../../domain/rules/row-force.ts';
import { ALL_DEBT_KINDS, INSTITUTIONAL_DEBT_KINDS, type TableRule } from '../../domain/rules/rule.ts';
import type { Language } from '../../i18n/resources.ts';
import { normalize } from './search.ts';
import { rowKey, wordsIn } from './words.ts';

/** "不可以 / 可以 / 必须 / 未确认", or "须知" for rows that are not about the collector (R47, R48, R51). */
export const verbKey = (rule: TableRule): string =>
  `lawful:verb.${isStatementRow(rule.id) ? 'note' : rule.kind}`;

/**
 * The force line of a row (legal-facts.md §0): prohibition wording for "may not" rows — "违法" only when every source
 * is LAW/JI/AR (rowSourcesForce) — requirement wording for "must" rows, and a plain "based on…" for the rest, so a
 * court's power (R47, R48) or the borrower's own right (R51) is never worded as something forbidden.
 */
export function forceKey(rule: TableRule): string | null {
  if (rule.kind === 'not-confirmed') return 'lawful:force.none';
  const force = rowSourcesForce(rule);
  if (force === null) return null;
  const group = isStatementRow(rule.id)
    ? 'basis'
    : rule.kind === 'may-not'
      ? 'prohibit'
      : rule.kind === 'must'
        ? 'require'
        : 'basis';
  return `lawful:force.${group}.${force}`;
}

const sameKinds = (a: readonly DebtKind[], b: readonly DebtKind[]) =>
  a.length === b.length && a.every((k) => b.includes(k));

/** "所有借款", "除个人之间的借款以外…", or the kinds listed (信用卡、小额贷款). */
export function debtKindsText(i18n: I18n, lng: Language, kinds: readonly DebtKind[]): string {
  if (sameKinds(kinds, ALL_DEBT_KINDS)) return wordsIn(i18n, lng, 'lawful:rules.allKinds');
  if (sameKinds(kinds, INSTITUTIONAL_DEBT_KINDS)) return wordsIn(i18n, lng, 'lawful:rules.allButPrivate');
  const names = kinds.map((k) => wordsIn(i18n, lng, `rules:debtKind.${k}`));
  return new Intl.ListFormat(lng, { type: 'conjunction' }).format(names);
}

/** Everything a reader might search a row by, in both languages: its words, topic, force and sources. */
export function ruleHaystack(i18n: I18n, rule: TableRule, languages: readonly Language[]): string {
  const parts: string[] = [rule.id];
  const ids = [...rule.citationIds, ...(rule.contextCitationIds ?? [])].filter(isCitationId);
  for (const lng of languages) {
    const w = (key: string, o?: Record<string, unknown>) => wordsIn(i18n, lng, key, o);
    parts.push(w(rowKey(i18n, rule.id)), w(verbKey(rule)), w(`lawful:topic.${rule.topic}`));
    const force = forceKey(rule);
    if (force) parts.push(w(force));
    parts.push(debtKindsText(i18n, lng, rule.debtKinds));
    for (const id of ids) parts.push(citationHead(citationParts(id, lng), lng));
  }
  return normalize(parts.join(' \u0000 '));
}
