// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, configure } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { listEntries } from '../../../src/data/repositories/entries-repo.ts';
import { listChain } from '../../../src/data/repositories/chain-repo.ts';
import { NOW, renderLog, seededDb } from './log-test-utils.tsx';

// A loaded shared machine can take over the default 1 s to render the form after a save (as in the letters tests).
configure({ asyncUtilTimeout: 10_000 });

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = await seededDb();
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('log form', () => {
  it('offers the eight kinds as big buttons and opens the form of the one tapped', async () => {
    await renderLog(db, '#/log/new');
    const picker = await screen.findByTestId('log-pick');
    expect(picker.querySelectorAll('button.log-kind')).toHaveLength(8);
    fireEvent.click(screen.getByTestId('log-kind-third-party-contact'));
    await waitFor(() => expect(window.location.hash).toBe('#/log/new?kind=third-party-contact'));
    expect(await screen.findByTestId('log-form')).toHaveAttribute('data-kind', 'third-party-contact');
    expect(screen.getByTestId('log-relation')).toBeInTheDocument();
    expect(screen.getByTestId('log-disclosed')).toBeInTheDocument();
  });

  it('starts from now in the case zone, the debt and collector used last, and the borrower’s own number', async () => {
    await renderLog(db, '#/log/new?kind=call');
    await screen.findByTestId('log-form');
    // 14:30 UTC is 22:30 in Shanghai, whatever zone the machine is in.
    expect(input('log-at').value).toBe('2026-11-25T22:30');
    // The newest saved entry (e3) was about the online loan, from 某网贷催收.
    expect((screen.getByTestId('log-debt') as HTMLSelectElement).value).toBe('ol');
    expect(input('log-collector-name').value).toBe('某网贷催收');
    expect(input('log-collector-phone').value).toBe('95000');
    expect(input('log-to-number').value).toBe('13800000000');
  });

  it('a debt in the link wins over the one used last, and brings that debt’s collector', async () => {
    await renderLog(db, '#/log/new?kind=sms&debt=cc');
    await screen.findByTestId('log-form');
    expect((screen.getByTestId('log-debt') as HTMLSelectElement).value).toBe('cc');
    expect(input('log-collector-name').value).toBe('某催收公司');
  });

  it('asks whether a call was answered before saving, focuses the question, and saves nothing', async () => {
    await renderLog(db, '#/log/new?kind=call');
    await screen.findByTestId('log-form');
    fireEvent.click(screen.getByTestId('log-save'));
    expect(await screen.findByText('请选“接通了”或“没接通”。')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByTestId('log-answered').querySelector('button'));
    expect(await listEntries(db)).toHaveLength(3);
  });

  it('refuses a time in the future and a duration it cannot read', async () => {
    await renderLog(db, '#/log/new?kind=call');
    await screen.findByTestId('log-form');
    fireEvent.change(input('log-at'), { target: { value: '2026-11-26T09:00' } });
    fireEvent.click(screen.getByText('接通了'));
    fireEvent.change(input('log-duration'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByTestId('log-save'));
    expect(await screen.findByText('时间不能晚于现在。')).toBeInTheDocument();
    expect(screen.getByText('请填分钟数，例如 2 或 2:30。')).toBeInTheDocument();
    expect(document.activeElement).toBe(input('log-at'));
    expect(await listEntries(db)).toHaveLength(3);
  });

  it('conduct chips toggle with aria-pressed and are saved in the case file’s order', async () => {
    await renderLog(db, '#/log/new?kind=call');
    await screen.findByTestId('log-form');
    const insult = screen.getByTestId('log-tag-insult');
    const threat = screen.getByTestId('log-tag-threat');
    const fee = screen.getByTestId('log-tag-extra-fee');
    expect(insult).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(fee);
    fireEvent.click(insult);
    fireEvent.click(threat);
    fireEvent.click(threat);
    fireEvent.click(threat);
    expect(insult).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('辱骂、侮辱')).toBeInTheDocument();
    fireEvent.click(screen.getByText('没接通'));
    fireEvent.click(screen.getByTestId('log-save'));
    await waitFor(async () => expect(await listEntries(db)).toHaveLength(4));
    const saved = (await listEntries(db)).at(-1);
    expect(saved?.tags).toEqual(['threat', 'insult', 'extra-fee']);
    expect(saved).toMatchObject({
      kind: 'call',
      answered: false,
      debtId: 'ol',
      at: '2026-11-25T22:30:00+08:00',
    });
  });

  it('offers the harassment, property-damage and made-up-consequence tags in plain words, and saves them', async () => {
    await renderLog(db, '#/log/new?kind=call');
    await screen.findByTestId('log-form');
    const harassment = screen.getByTestId('log-tag-harassment');
    expect(harassment).toHaveTextContent('外卖快递轰炸');
    expect(screen.getByTestId('log-tag-property-damage')).toHaveTextContent('泼漆');
    expect(screen.getByTestId('log-tag-false-consequence')).toHaveTextContent('冻结你所有的卡');
    fireEvent.click(screen.getByTestId('log-tag-false-consequence'));
    fireEvent.click(harassment);
    fireEvent.click(screen.getByText('没接通'));
    fireEvent.click(screen.getByTestId('log-save'));
    await waitFor(async () => expect(await listEntries(db)).toHaveLength(4));
    expect((await listEntries(db)).at(-1)?.tags).toEqual(['harassment', 'false-consequence']);
  });

  it('saves a call with the fewest taps, seals it into the chain, then says calmly which rule it meets', async () => {
    await renderLog(db, '#/log/new?kind=call');
    await screen.findByTestId('log-form');
    fireEvent.click(screen.getByText('接通了'));
    fireEvent.change(input('log-duration'), { target: { value: '2:30' } });
    fireEvent.change(screen.getByTestId('log-notes'), { target: { value: '深夜来电' } });
    fireEvent.click(screen.getByTestId('log-save'));
    expect(await screen.findByTestId('saved-toast')).toHaveTextContent('已保存');
    const saved = (await listEntries(db)).at(-1);
    expect(saved).toMatchObject({ kind: 'call', answered: true, durationSec: 150, notes: '深夜来电' });
    const chain = await listChain(db);
    expect(chain.at(-1)).toMatchObject({ kind: 'entry', recordId: saved?.id });
    await waitFor(() => expect(window.location.hash).toBe('#/log'));
    const notice = await screen.findByTestId('log-findings-notice');
    expect(notice).toHaveTextContent('在晚上 22 点到早上 8 点之间催收');
    expect(notice).toHaveTextContent('行业规则禁止');
    expect(screen.getByTestId('log-findings-link')).toHaveAttribute('href', '#/lawful/findings/ol');
  });

  it('keeps what was typed when the save fails, and says why', async () => {
    await renderLog(db, '#/log/new?kind=sms');
    await screen.findByTestId('log-form');
    fireEvent.change(screen.getByTestId('log-notes'), { target: { value: '要我转账到个人账户' } });
    // The chosen debt disappears before the save (another tab replaced the case).
    await db.debts.delete('ol');
    fireEvent.click(screen.getByTestId('log-save'));
    expect(await screen.findByTestId('log-save-error')).toHaveTextContent('这笔欠款已不在本机');
    expect((screen.getByTestId('log-notes') as HTMLTextAreaElement).value).toBe('要我转账到个人账户');
    expect(await listEntries(db)).toHaveLength(3);
  });

  it('shows the visit facts and a link to guided visit mode, and saves them', async () => {
    await renderLog(db, '#/log/new?kind=visit', 'en');
    await screen.findByTestId('log-form');
    expect(screen.getByRole('link', { name: 'Open visit mode' })).toHaveAttribute('href', '#/visit');
    fireEvent.change(input('log-visit-collectors'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('log-visit-id').querySelector('[data-value="no"]') as Element);
    fireEvent.click(screen.getByTestId('log-visit-entered').querySelector('[data-value="yes"]') as Element);
    fireEvent.click(screen.getByTestId('log-visit-consent').querySelector('[data-value="no"]') as Element);
    fireEvent.click(screen.getByTestId('log-save'));
    await waitFor(async () => expect(await listEntries(db)).toHaveLength(4));
    expect((await listEntries(db)).at(-1)?.visit).toEqual({
      collectors: 1,
      idShown: false,
      entered: true,
      consentToEnter: false,
      place: 'home',
    });
    const notice = await screen.findByTestId('log-findings-notice');
    const rules = [...notice.querySelectorAll('li')].map((li) => li.getAttribute('data-rule'));
    // 22:30 is also inside the quiet hours.
    expect(rules.sort()).toEqual([
      'quiet-hours',
      'visit-entry-without-consent',
      'visit-no-id',
      'visit-too-few-collectors',
    ]);
    expect(notice).toHaveTextContent('Illegal');
  });
});
