// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { CitationList } from '../../src/components/citation-list.tsx';
import { i18n, loadNamespaces } from '../../src/i18n/i18n.ts';

afterEach(cleanup);

async function textOf(ids: string[], lng: 'zh-CN' | 'en', day = '2026-11-26'): Promise<string> {
  await i18n.changeLanguage(lng);
  await loadNamespaces(['rules']);
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <CitationList ids={ids} day={day} />
    </I18nextProvider>,
  );
  return container.textContent ?? '';
}

describe('the sources under a sentence', () => {
  it('write paragraphs and list items in Chinese, never the English of the sheet', async () => {
    const text = await textOf(['xingfa-238-3', 'xiaodai-2025-item3'], 'zh-CN');
    expect(text).toContain('第238条第3款');
    expect(text).toContain('第3项');
    expect(text).not.toMatch(/para|item/);
    expect(text).toContain('条文序号待核实');
  });
  it('and in English', async () => {
    const text = await textOf(['xingfa-238-3', 'xiaodai-2025-item3'], 'en');
    expect(text).toContain('Art. 238 para 3');
    expect(text).toContain('item 3');
    await i18n.changeLanguage('zh-CN');
  });
  it('show the public-security law in force on the visit day (2012 before 2026, the 2025 revision after)', async () => {
    expect(await textOf(['zhian-2012-40-3', 'zhian-2025'], 'zh-CN', '2025-06-01')).toContain('第40条第3项');
    cleanup();
    const after = await textOf(['zhian-2012-40-3', 'zhian-2025'], 'zh-CN', '2026-11-26');
    expect(after).not.toContain('第40条第3项');
    expect(after).toContain('2025');
  });
});
