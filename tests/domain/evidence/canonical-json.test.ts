import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/evidence/canonical-json.ts';

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops white space', () => {
    const r = canonicalJson({ b: 1, a: [true, null, 'x'], A: { z: 0, y: '' } });
    expect(r).toEqual({ ok: true, value: '{"A":{"y":"","z":0},"a":[true,null,"x"],"b":1}' });
  });

  it('writes numbers in the ECMAScript form the RFC requires', () => {
    // Examples from RFC 8785 §3.2.2.3 and appendix B.
    const r = canonicalJson([1e21, 1e-7, 0.000001, 333333333.3333333, -0, 4.5]);
    expect(r).toEqual({ ok: true, value: '[1e+21,1e-7,0.000001,333333333.3333333,0,4.5]' });
  });

  it('keeps Chinese text as it is, escaping only what JSON must', () => {
    const r = canonicalJson({ notes: '对方说"明天上门"\n' });
    expect(r).toEqual({ ok: true, value: '{"notes":"对方说\\"明天上门\\"\\n"}' });
  });

  it('gives the same text whatever order the keys were written in', () => {
    const a = canonicalJson({ id: 'e1', kind: 'call', at: '2026-11-02T22:31:00+08:00' });
    const b = canonicalJson({ at: '2026-11-02T22:31:00+08:00', id: 'e1', kind: 'call' });
    expect(a).toEqual(b);
  });

  it('refuses values JSON cannot carry, with a code instead of an exception', () => {
    expect(canonicalJson({ x: Number.NaN })).toEqual({ ok: false, errors: ['not-canonicalizable'] });
    expect(canonicalJson({ x: '\ud800' })).toEqual({ ok: false, errors: ['not-canonicalizable'] });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(canonicalJson(cycle)).toEqual({ ok: false, errors: ['not-canonicalizable'] });
  });
});
