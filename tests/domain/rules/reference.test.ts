import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { evaluate } from '../../../src/domain/rules/evaluate.ts';
import { instantOfAt } from '../../../src/domain/rules/fast-time.ts';
import { plainEvaluate } from './reference.ts';

/** A seeded generator (tests never use Math.random, so a failure can be replayed). */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const two = (n: number) => String(n).padStart(2, '0');
const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'Asia/Tehran',
  'Australia/Lord_Howe',
  'UTC',
];
const KINDS = ['call', 'call', 'call', 'sms', 'message', 'visit', 'third-party-contact', 'note', 'letter'];
const TAGS = [
  'threat',
  'insult',
  'fake-legal-document',
  'extra-fee',
  'personal-account-payment',
  'detention',
];
const OFFSETS = [0, 480, -300, 330, -240];

/** An `at` written with some offset (not necessarily the case's), for an instant. */
function atOf(ms: number, offsetMinutes: number, r: () => number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, r() < 0.3 ? 16 : 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes > 0 ? '+' : '-'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

function randomCase(seed: number): CaseFile {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // Contacts bunch into a few days (so daily limits are crossed) and spread over a year (DST changes).
  const start = Date.parse('2025-10-20T00:00:00Z');
  const entries = Array.from({ length: 40 + Math.floor(r() * 300) }, (_, i) => {
    const kind = pick(KINDS);
    const ms = start + Math.floor(r() * (r() < 0.7 ? 6 : 400) * 86_400) * 1000;
    const e: Record<string, unknown> = { id: `e${i}`, kind, at: atOf(ms, pick(OFFSETS), r) };
    const d = Math.floor(r() * 4);
    if (d < 3) e.debtId = `d${d}`;
    if (r() < 0.12) e.direction = 'outgoing';
    if (kind === 'call') {
      e.answered = r() < 0.4;
      if (r() < 0.7) e.toNumber = pick(['13700000000', '13900000000']);
    }
    if (kind === 'visit') {
      e.visit = {
        collectors: 1 + Math.floor(r() * 3),
        idShown: r() < 0.5,
        entered: r() < 0.3,
        place: pick(['home', 'workplace', 'other']),
      };
    }
    if (kind === 'third-party-contact') e.thirdParty = { relation: 'friend', disclosedDebt: r() < 0.4 };
    if (r() < 0.4) e.collector = { side: pick(['agency', 'lender']), name: pick(['甲', '乙', '丙']) };
    if (r() < 0.1) e.tags = [pick(TAGS)];
    if (r() < 0.05) e.consentToTime = true;
    return e;
  });
  const parsed = parseCaseFile({
    format: 'youju.case',
    version: 1,
    timeZone: ZONES[seed % ZONES.length],
    debts: [
      {
        id: 'd0',
        creditor: 'A',
        kind: 'credit-card',
        agreements: [{ kind: 'installment', signedOn: '2025-10-23' }],
      },
      { id: 'd1', creditor: 'B', kind: 'private-loan' },
      { id: 'd2', creditor: 'C', kind: 'consumer-finance', outsourcingNoticeOn: '2025-10-22' },
    ],
    entries,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return parsed.value;
}

describe('evaluate() agrees with a plain reading of the rules', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'random log %i gives the same findings, in the same order, as the reference',
    (seed) => {
      const c = randomCase(seed);
      const fast = evaluate(c, { now: 0 }).map((f) => ({
        ruleId: f.ruleId,
        debtId: f.debtId,
        entryIds: f.entryIds,
        localDate: f.params.localDate,
      }));
      const plain = plainEvaluate(c);
      expect(plain.length).toBeGreaterThan(0);
      expect(fast).toEqual(plain);
    },
  );

  it('the random logs exercise every rule that does not need a rare tag', () => {
    const seen = new Set(
      Array.from({ length: 40 }, (_, i) => i + 1).flatMap((s) =>
        evaluate(randomCase(s), { now: 0 }).map((f) => f.ruleId),
      ),
    );
    for (const id of [
      'quiet-hours',
      'connected-calls-per-day',
      'unanswered-attempts-per-day',
      'third-party-while-reachable',
      'third-party-disclosure',
      'visit-too-few-collectors',
      'visit-no-id',
      'visit-entry-without-consent',
      'collection-after-agreement',
      'outsourcing-without-notice',
      'insult',
      'impersonated-authority',
      'improper-payment-demand',
      'detention',
    ]) {
      expect(seen).toContain(id);
    }
  });
});

describe('reading `at` by character codes', () => {
  it('gives exactly what Date.parse gives for 100,000 random date-times and for odd ones', () => {
    const r = seeded(42);
    const values = [
      '2026-02-29T00:00Z',
      '2024-02-29T23:59:59.9999Z',
      '2026-01-01T24:00Z',
      '2026-13-01T00:00Z',
      '2026-01-01T00:00:00.1234567+08:00',
      '2026-01-01T00:00+8:00',
      '2026-01-01T00:00:00+23:59',
      '2026-01-01T00:00:00-00:00',
      '0050-03-01T00:00Z',
      'not a date',
    ];
    for (let i = 0; i < 100_000; i += 1) {
      let s = `${1900 + Math.floor(r() * 300)}-${two(1 + Math.floor(r() * 12))}-${two(1 + Math.floor(r() * 31))}`;
      s += `T${two(Math.floor(r() * 24))}:${two(Math.floor(r() * 60))}`;
      if (r() < 0.7) s += `:${two(Math.floor(r() * 60))}`;
      if (s.length > 16 && r() < 0.5)
        s += `.${String(Math.floor(r() * 1e9)).slice(0, 1 + Math.floor(r() * 9))}`;
      s +=
        r() < 0.3 ? 'Z' : `${r() < 0.5 ? '+' : '-'}${two(Math.floor(r() * 15))}:${two(Math.floor(r() * 60))}`;
      values.push(s);
    }
    const differ = values.filter((v) => !Object.is(instantOfAt(v), Date.parse(v)));
    expect(differ).toEqual([]);
  });
});
