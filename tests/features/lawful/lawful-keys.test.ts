// Words of the lawful area, checked against the data they are keyed by (the keys are built from ids at run time,
// so the compiler cannot check them).
import { describe, expect, it } from 'vitest';
import enLawful from '../../../locales/en/lawful.json';
import enStageDetail from '../../../locales/en/stageDetail.json';
import zhLawful from '../../../locales/zh-CN/lawful.json';
import zhStageDetail from '../../../locales/zh-CN/stageDetail.json';
import { TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import { CHANNELS, CLAIMS } from '../../../src/domain/rules/claims.ts';
import { TOPICS } from '../../../src/domain/rules/rule.ts';

type Words = Record<string, string>;
const LANGS = [
  { lng: 'zh-CN', lawful: zhLawful, stageDetail: zhStageDetail },
  { lng: 'en', lawful: enLawful, stageDetail: enStageDetail },
] as const;
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

describe('lawful words', () => {
  it('gives every catalogue row (R01–R51 and the rows added in 2026-12) a text in zh-CN and en, from stageDetail:row or lawful:row', () => {
    expect(TABLE_A).toHaveLength(54);
    for (const { lng, lawful, stageDetail } of LANGS) {
      for (const rule of TABLE_A) {
        const text = (stageDetail.row as Words)[rule.id] ?? (lawful.row as Words)[rule.id];
        expect(nonEmpty(text), `${lng} ${rule.id}`).toBe(true);
      }
    }
  });

  it('keeps one home per row text: lawful adds only the rows Today does not have', () => {
    for (const { lawful, stageDetail } of LANGS)
      for (const id of Object.keys(lawful.row)) expect(Object.keys(stageDetail.row)).not.toContain(id);
  });

  it('names every topic in both languages', () => {
    for (const { lawful } of LANGS) for (const tp of TOPICS) expect(nonEmpty(lawful.topic[tp])).toBe(true);
  });

  it('gives every claim what is said, the short answer, the facts and what to do, in both languages', () => {
    for (const { lng, lawful } of LANGS)
      for (const c of CLAIMS) {
        const words = (lawful.claim as Record<string, Words>)[c.id];
        for (const part of ['said', 'short', 'truth', 'todo'])
          expect(nonEmpty(words?.[part]), `${lng} ${c.id}.${part}`).toBe(true);
      }
  });

  it('labels every channel in both languages', () => {
    for (const { lawful } of LANGS)
      for (const n of Object.keys(CHANNELS)) expect(nonEmpty((lawful.channel as Words)[n]), n).toBe(true);
  });

  it('mentions only the phone numbers a claim lists as its channels (numbers the sheet gives)', () => {
    for (const { lng, lawful } of LANGS)
      for (const c of CLAIMS) {
        const text = Object.values((lawful.claim as Record<string, Words>)[c.id] ?? {}).join(' ');
        const numbers = text.match(/(?<!\d)(?:110|96110|12\d{3})(?!\d)/g) ?? [];
        for (const n of numbers) expect(c.channels as readonly string[], `${lng} ${c.id}: ${n}`).toContain(n);
      }
  });

  it('states the malicious-overdraft test exactly as the sheet: ¥50,000 principal, 2 notices 30 days apart, 3 months, intent', () => {
    const zh = zhLawful.claim['overdue-is-crime'].truth;
    // §16 R61 names the excluded charges: interest, compound interest, late fees and service fees.
    for (const s of [
      '5 万元',
      '两次有效催收',
      '至少间隔 30 天',
      '超过 3 个月',
      '非法占有',
      '利息、复利、滞纳金、手续费',
    ])
      expect(zh).toContain(s);
    const en = enLawful.claim['overdue-is-crime'].truth;
    for (const s of [
      '¥50,000',
      'two valid collection notices',
      'at least 30 days apart',
      'more than 3 months',
      'intent',
    ])
      expect(en).toContain(s);
  });

  it('never calls anything "违法 / illegal" in a claim answer without a statute behind it', () => {
    // Claim texts describe industry and regulatory rules as such; "违法" appears only where the sheet has LAW.
    for (const c of CLAIMS) {
      const zh = Object.values((zhLawful.claim as Record<string, Words>)[c.id] ?? {}).join(' ');
      if (/违法|犯罪/.test(zh))
        expect(
          c.citationIds.some(
            (id) => id.startsWith('xingfa') || id.startsWith('minfadian') || id.startsWith('zhian'),
          ),
          c.id,
        ).toBe(true);
    }
  });
});
