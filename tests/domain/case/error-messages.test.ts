import { describe, expect, it } from 'vitest';
import { CASE_ERROR_CODES, CASE_ERROR_PARAMS } from '../../../src/domain/case/errors.ts';
import zh from '../../../locales/zh-CN/caseErrors.json';
import en from '../../../locales/en/caseErrors.json';

const LOCALES: Record<string, Record<string, string>> = { 'zh-CN': zh, en };

describe.each(Object.entries(LOCALES))('caseErrors messages (%s)', (_lang, messages) => {
  it('has a message for every code and nothing else', () => {
    expect(Object.keys(messages).sort()).toEqual([...CASE_ERROR_CODES].sort());
  });

  it.each(CASE_ERROR_CODES.map((c) => [c]))('%s uses only {{path}} and its own parameters', (code) => {
    const message = messages[code] ?? '';
    expect(message.trim()).not.toBe('');
    const used = [...message.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]);
    const allowed: readonly string[] = ['path', ...CASE_ERROR_PARAMS[code]];
    for (const name of used) expect(allowed).toContain(name);
  });
});

it('zh-CN messages are written in Chinese', () => {
  for (const message of Object.values(zh as Record<string, string>))
    expect(message).toMatch(/[\u4e00-\u9fff]/);
});
