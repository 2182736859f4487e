import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/i18n/i18n.ts';

describe('detectLanguage', () => {
  it('prefers the saved choice', () => {
    expect(detectLanguage('en', ['zh-CN'])).toBe('en');
    expect(detectLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('ignores a saved value that is not a supported language', () => {
    expect(detectLanguage('fr', ['en-GB'])).toBe('en');
  });

  it('uses Chinese for any Chinese browser language', () => {
    expect(detectLanguage(null, ['zh-CN'])).toBe('zh-CN');
    expect(detectLanguage(null, ['zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(detectLanguage(null, ['zh'])).toBe('zh-CN');
  });

  it('uses English only when the browser clearly prefers it', () => {
    expect(detectLanguage(null, ['en-US', 'zh-CN'])).toBe('en');
    expect(detectLanguage(null, ['fr-FR', 'en'])).toBe('en');
  });

  it('falls back to zh-CN, the first language', () => {
    expect(detectLanguage(null, [])).toBe('zh-CN');
    expect(detectLanguage(null, ['fr-FR', 'de'])).toBe('zh-CN');
  });
});
