// @vitest-environment jsdom
// The points beside a letter: each with its numbers to call, its sources with binding force, and the unverified
// mark where the sheet doubts the point (legal-facts.md §16 R101, R116, R117, R119).
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LetterGuidance } from '../../../src/features/letters/letter-guidance.tsx';
import { i18n, i18nReady, loadNamespaces } from '../../../src/i18n/i18n.ts';

beforeAll(async () => {
  await i18nReady;
  await loadNamespaces(['letters', 'rules']);
  await i18n.changeLanguage('zh-CN');
});

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('zh-CN'));
});

const point = (key: string) => screen.getByTestId(`guidance-${key}`);
const calls = (key: string) =>
  within(point(key))
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href'));

describe('guidance beside a letter', () => {
  it('data rights (R100–R101): the local 网信办 and 12377, 12321, and 110 when data is sold or published', () => {
    render(<LetterGuidance templateId="data-rights" />);
    expect(screen.getByRole('region', { name: '发之前要知道的，和其他可以找的地方' })).toBeTruthy();
    expect(point('guidance.dataRights.cac').textContent).toContain('当地网信办');
    expect(calls('guidance.dataRights.cac')).toEqual(['tel:12377']);
    expect(calls('guidance.dataRights.miit')).toEqual(['tel:12321']);
    expect(point('guidance.dataRights.police').textContent).toMatch(/出售.*公开/);
    expect(calls('guidance.dataRights.police')).toEqual(['tel:110']);
    // PIPL 65 is a law; the channel pages are practice, checked against secondary sources only.
    expect(point('guidance.dataRights.cac').textContent).toContain(
      '《中华人民共和国个人信息保护法》第65条 · 法律',
    );
    expect(point('guidance.dataRights.police').textContent).toMatch(/第253条之一[^·]* · 法律/);
  });

  it('marks a point the sheet leaves unverified, and not one it verified', async () => {
    render(<LetterGuidance templateId="salary-setoff" />);
    expect(point('guidance.setoff.unsettled').textContent).toContain('（未核实）');
    expect(point('guidance.setoff.law').textContent).not.toContain('未核实');
    cleanup();
    await act(() => i18n.changeLanguage('en'));
    render(<LetterGuidance templateId="salary-setoff" />);
    expect(point('guidance.setoff.unsettled').textContent).toContain('(unverified)');
    expect(point('guidance.setoff.unsettled').textContent).toContain(
      'cannot promise that your wages are protected',
    );
  });

  it('R111–R114 illegal lending: private-lending caps and voidness (JI), the opinions labelled as opinions, 110 and no promise', () => {
    render(<LetterGuidance templateId="illegal-lending" headingKey="guidance.lending.title" />);
    expect(screen.getByRole('region', { name: '对方可能没有放贷资质，或者利率超过上限？' })).toBeTruthy();
    const caps = point('guidance.lending.notProtected').textContent ?? '';
    expect(caps).toContain('LPR 4 倍');
    expect(caps).toContain('持牌机构不适用这些规则');
    expect(caps).toContain('不要自己认定不用还');
    expect(caps).toMatch(/第25条[^·]* · 司法解释/);
    expect(calls('guidance.lending.report')).toEqual(['tel:110']);
    expect(point('guidance.lending.report').textContent).toContain('地方金融管理局');
    const crime = point('guidance.lending.crime').textContent ?? '';
    expect(crime).toContain('36%');
    expect(crime).toContain(' · 两高两部办案意见');
    expect(crime).not.toContain('违法');
    expect(point('guidance.lending.taolu').textContent).toContain('不是单独的罪名');
  });

  it('shows nothing for a letter without guidance', () => {
    const { container } = render(<LetterGuidance templateId="statement-request" />);
    expect(container.textContent).toBe('');
  });
});
