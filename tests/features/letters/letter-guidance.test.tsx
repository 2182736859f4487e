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
      '《中华人民共和国个人信息保护法》第65条（法律）',
    );
    expect(point('guidance.dataRights.police').textContent).toContain('第253条之一（法律）');
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

  it('shows nothing for a letter without guidance', () => {
    const { container } = render(<LetterGuidance templateId="statement-request" />);
    expect(container.textContent).toBe('');
  });
});
