// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isIllegalForce } from '../../../src/domain/citations/citation.ts';
import { citationById, isCitationId } from '../../../src/domain/citations/citations.ts';
import { TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import { LawfulScreen } from '../../../src/features/lawful/lawful-screen.tsx';
import { i18n, loadNamespaces } from '../../../src/i18n/i18n.ts';
import type { Language } from '../../../src/i18n/resources.ts';

async function renderAt(hash: string, lng: Language = 'zh-CN') {
  window.location.hash = hash;
  await i18n.changeLanguage(lng);
  await loadNamespaces(['lawful', 'rules']);
  return render(
    <I18nextProvider i18n={i18n}>
      <LawfulScreen />
    </I18nextProvider>,
  );
}

const rowEl = (id: string) => document.querySelector(`[data-rule-id="${id}"]`) as HTMLElement;
const shownRows = () => screen.queryAllByTestId('lawful-rule').map((el) => el.getAttribute('data-rule-id'));

async function search(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

beforeEach(() => {
  // jsdom does not scroll; the screens scroll to the top on a new view.
  window.scrollTo = () => undefined;
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('lawful hub', () => {
  it('offers check my log, the rules, the claims and someone at the door', async () => {
    await renderAt('#/lawful');
    const hub = await screen.findByTestId('lawful-hub');
    expect(within(hub).getByTestId('lawful-hub-findings')).toHaveAttribute('href', '#/lawful/findings');
    expect(within(hub).getByTestId('lawful-hub-rules')).toHaveAttribute('href', '#/lawful/rules');
    expect(within(hub).getByTestId('lawful-hub-claims')).toHaveAttribute('href', '#/lawful/claims');
    expect(within(hub).getByTestId('lawful-hub-visit')).toHaveAttribute('href', '#/visit');
    expect(hub).toHaveTextContent('核对我的记录');
    expect(hub).toHaveTextContent('有人上门');
  });
});

describe('rule catalogue', () => {
  it('lists all 54 rows of the catalogue with a verb, words and sources', async () => {
    await renderAt('#/lawful/rules');
    await screen.findByTestId('lawful-rules');
    expect(shownRows()).toHaveLength(54);
    expect(screen.getByTestId('lawful-rules-count')).toHaveTextContent('54 条规则');
    // No law caps collection texts per day: the catalogue says so rather than inventing a number.
    expect(rowEl('R86')).toHaveTextContent('未确认');
    expect(rowEl('R01')).toHaveTextContent('不可以');
    expect(rowEl('R01')).toHaveTextContent('《中华人民共和国刑法》第293条之一第1项 · 法律 · 已对照全文核对');
    expect(rowEl('R04')).toHaveTextContent('第238条第3款');
    // The 2012 治安管理处罚法 governs conduct before its 2025 revision took effect.
    expect(rowEl('R04')).toHaveTextContent(
      '第40条第3项 · 法律 · 已对照全文核对 · 适用于 2026年1月1日 之前的行为',
    );
    expect(rowEl('R37')).toHaveTextContent('必须');
    expect(rowEl('R27')).toHaveTextContent('未确认');
    // A row that answers a common claim links to it.
    expect(within(rowEl('R30')).getByRole('link', { name: '“逾期就是犯罪。”' })).toHaveAttribute(
      'href',
      '#/lawful/claims/overdue-is-crime',
    );
  });

  it('says 违法 only where every source is LAW, JI or AR, and otherwise names regulators or industry rules', async () => {
    await renderAt('#/lawful/rules');
    await screen.findByTestId('lawful-rules');
    expect(rowEl('R04')).toHaveTextContent('违法：法律、司法解释或行政法规禁止');
    expect(rowEl('R15')).toHaveTextContent('监管规定禁止（不是法律）');
    expect(rowEl('R22')).toHaveTextContent('行业规则或推荐性标准禁止（不是法律）');
    expect(rowEl('R06')).toHaveTextContent('法律和效力较低的规定都有涉及');
    // R47 is about what a court supports, not a ban on the lender: a note, never "违法".
    expect(rowEl('R47')).toHaveTextContent('须知');
    for (const rule of TABLE_A) {
      const force = rowEl(rule.id).querySelector('[data-testid="lawful-force"]')?.textContent ?? '';
      const allStatutes = rule.citationIds
        .filter(isCitationId)
        .every((id) => isIllegalForce(citationById(id).binding));
      if (force.includes('违法')) expect(allStatutes, rule.id).toBe(true);
    }
  });

  it('marks unverified article numbers and recalled sources', async () => {
    await renderAt('#/lawful/rules');
    await screen.findByTestId('lawful-rules');
    expect(rowEl('R12')).toHaveTextContent('条文序号待核实');
    expect(within(rowEl('R48')).getAllByText('未核实').length).toBeGreaterThan(0);
    expect(rowEl('R27')).toHaveTextContent('没有找到确认这条规定的资料');
  });

  it('shows whom a rule binds', async () => {
    await renderAt('#/lawful/rules');
    await screen.findByTestId('lawful-rules');
    expect(rowEl('R15')).toHaveTextContent('适用于：信用卡');
    expect(rowEl('R05')).toHaveTextContent('适用于：所有借款');
  });

  it('finds the visit rules by "上门", and laws by their names in either language', async () => {
    await renderAt('#/lawful/rules');
    await screen.findByTestId('lawful-rules');
    await search('lawful-rules-search', '上门');
    await waitFor(() => expect(shownRows()).toEqual(expect.arrayContaining(['R05', 'R21', 'R26', 'R27'])));
    expect(shownRows()).not.toContain('R43');
    await search('lawful-rules-search', '征信业管理条例');
    // R119 cites it for the objection to a record left after a debt is paid off.
    await waitFor(() => expect([...shownRows()].sort()).toEqual(['R119', 'R43']));
    // English words while the screen is in Chinese (the other language's words are read for search).
    await search('lawful-rules-search', 'Civil Code 1064');
    await waitFor(() => expect(shownRows()).toEqual(['R20']));
    await search('lawful-rules-search', 'no such thing anywhere');
    await waitFor(() => expect(shownRows()).toEqual([]));
    expect(screen.getByText(/没有找到相符的规则/)).toBeInTheDocument();
  });

  it('finds rows by Chinese words while the screen is in English', async () => {
    await renderAt('#/lawful/rules', 'en');
    await screen.findByTestId('lawful-rules');
    await search('lawful-rules-search', '录音');
    await waitFor(() => expect(shownRows()).toContain('R26'));
    await search('lawful-rules-search', 'credit report');
    await waitFor(() => expect(shownRows()).toEqual(expect.arrayContaining(['R43'])));
  });

  it('shows one topic at a time from the hash', async () => {
    await renderAt('#/lawful/rules/visits');
    await screen.findByTestId('lawful-rules');
    expect(new Set(TABLE_A.filter((r) => r.topic === 'visits').map((r) => r.id))).toEqual(
      new Set(shownRows()),
    );
    expect(screen.getByTestId('lawful-topic-visits')).toHaveAttribute('aria-current', 'page');
    act(() => {
      window.location.hash = '#/lawful/rules/credit-reports';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(shownRows()).toEqual(['R43']));
  });
});

describe('claims checker', () => {
  it('lists the claims and finds one by English words in the Chinese screen', async () => {
    await renderAt('#/lawful/claims');
    await screen.findByTestId('lawful-claims');
    expect(screen.getAllByTestId('lawful-claim-link').length).toBeGreaterThanOrEqual(8);
    await search('lawful-claims-search', 'blacklist');
    await waitFor(() =>
      expect(
        screen.getAllByTestId('lawful-claim-link').map((a) => a.getAttribute('data-claim-id')),
      ).toContain('credit-blacklist'),
    );
    await search('lawful-claims-search', '犯罪');
    await waitFor(() =>
      expect(
        screen.getAllByTestId('lawful-claim-link').map((a) => a.getAttribute('data-claim-id')),
      ).toContain('overdue-is-crime'),
    );
  });

  it('answers "逾期就是犯罪" with the real test, its sources and where to turn', async () => {
    await renderAt('#/lawful/claims/overdue-is-crime');
    const claim = await screen.findByTestId('lawful-claim');
    expect(claim).toHaveTextContent('逾期就是犯罪');
    expect(screen.getByTestId('lawful-claim-truth')).toHaveTextContent('5 万元');
    expect(claim).toHaveTextContent('《中华人民共和国刑法》第196条、第313条 · 法律');
    const channels = screen.getByTestId('lawful-claim-channels');
    expect(within(channels).getByRole('link', { name: '拨打 12378' })).toHaveAttribute('href', 'tel:12378');
    expect(claim.querySelector('[data-rule-id="R30"] a')).toHaveAttribute(
      'href',
      '#/lawful/rules/threats-privacy',
    );
  });

  it('marks recalled numbers as unverified and shows the claim in English', async () => {
    await renderAt('#/lawful/claims/court-sms', 'en');
    const claim = await screen.findByTestId('lawful-claim');
    const c12321 = claim.querySelector('[data-channel="12321"]') as HTMLElement;
    expect(c12321).toHaveTextContent('number or scope unverified');
    expect(claim.querySelector('[data-channel="110"]')).not.toHaveTextContent('unverified');
    expect(claim).toHaveTextContent('Criminal Law of the PRC, Art. 279, Art. 280 · law');
  });

  it('says so when a claim id is unknown', async () => {
    await renderAt('#/lawful/claims/nope');
    expect(await screen.findByText('没有找到这条说法。')).toBeInTheDocument();
  });
});
