// Generated inputs: the parser must answer every one of them with a case or with well-formed errors, never throw.
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import { serializeCaseFile } from '../../../src/domain/case/serialize.ts';
import { CASE_ERROR_CODES, CASE_ERROR_PARAMS } from '../../../src/domain/case/errors.ts';
import { validFixtures } from './fixtures.ts';

/** mulberry32: a tiny seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'id',
  'kind',
  'at',
  '',
];
const NASTY_STRINGS = [
  '',
  ' ',
  'call',
  'Asia/Shanghai',
  '2026-02-30',
  '2026-11-02T22:31:00',
  'd1',
  '\u0000',
  '🙂',
];
const NASTY_NUMBERS = [0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, 36];

function generator(seed: number) {
  const next = rng(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;

  function value(depth: number): Json {
    switch (int(depth > 3 ? 4 : 6)) {
      case 0:
        return null;
      case 1:
        return next() < 0.5;
      case 2:
        return pick(NASTY_NUMBERS);
      case 3:
        return pick(NASTY_STRINGS);
      case 4:
        return Array.from({ length: int(4) }, () => value(depth + 1));
      default: {
        const o: { [k: string]: Json } = {};
        for (let i = int(4); i > 0; i -= 1) {
          Object.defineProperty(o, pick(NASTY_KEYS), {
            value: value(depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return o;
      }
    }
  }

  /** Replaces, deletes or adds one thing somewhere in a copy of `doc`. */
  function mutate(doc: Json): Json {
    if (doc === null || typeof doc !== 'object') return next() < 0.5 ? value(0) : doc;
    if (Array.isArray(doc)) {
      const copy = [...doc];
      const r = next();
      if (copy.length === 0 || r < 0.2) copy.push(value(1));
      else if (r < 0.35) copy.splice(int(copy.length), 1);
      else if (r < 0.5) copy.push(copy[int(copy.length)] as Json);
      else {
        const i = int(copy.length);
        copy[i] = mutate(copy[i] as Json);
      }
      return copy;
    }
    const copy: { [k: string]: Json } = { ...doc };
    const keys = Object.keys(copy);
    const r = next();
    if (keys.length === 0 || r < 0.15) {
      Object.defineProperty(copy, pick(NASTY_KEYS), {
        value: value(1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (r < 0.3) {
      const drop = pick(keys);
      return Object.fromEntries(Object.entries(copy).filter(([k]) => k !== drop)) as { [k: string]: Json };
    } else if (r < 0.45) {
      copy[pick(keys)] = value(1);
    } else {
      const k = pick(keys);
      copy[k] = mutate(copy[k] as Json);
    }
    return copy;
  }

  function mutateText(text: string): string {
    const at = int(text.length + 1);
    switch (int(4)) {
      case 0:
        return text.slice(0, at);
      case 1:
        return (
          text.slice(0, at) + pick(['{', '}', '[', ']', ',', '"', ':', '\\', 'x', '1e999']) + text.slice(at)
        );
      case 2:
        return text.slice(0, at) + text.slice(at + 1 + int(10));
      default:
        return '['.repeat(int(5000)) + text;
    }
  }

  return { value, mutate, mutateText, int };
}

function expectWellFormed(input: unknown): void {
  const r = parseCaseFile(input);
  if (r.ok) {
    const text = serializeCaseFile(r.value);
    const again = parseCaseFile(text);
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.value).toEqual(r.value);
      expect(serializeCaseFile(again.value)).toBe(text);
    }
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(CASE_ERROR_CODES).toContain(e.code);
    expect(typeof e.path).toBe('string');
    expect(e.path.length).toBeGreaterThan(0);
    const allowed: readonly string[] = CASE_ERROR_PARAMS[e.code];
    for (const [k, v] of Object.entries(e.params ?? {})) {
      expect(allowed).toContain(k);
      expect(['string', 'number']).toContain(typeof v);
    }
  }
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

describe('parseCaseFile never throws', () => {
  const seeds = validFixtures().map((f) => JSON.parse(f.text) as Json);
  const gen = generator(20261102);
  let oks = 0;

  it('on 300 mutated case objects', () => {
    for (let i = 0; i < 300; i += 1) {
      let doc = seeds[i % seeds.length] as Json;
      for (let k = 1 + gen.int(4); k > 0; k -= 1) doc = gen.mutate(doc);
      expect(() => expectWellFormed(doc)).not.toThrow();
      if (parseCaseFile(doc).ok) oks += 1;
    }
    // The mutations must leave some cases valid, or the round-trip half of the check would never run.
    expect(oks).toBeGreaterThan(20);
  });

  it('on 200 mutated case texts', () => {
    for (let i = 0; i < 200; i += 1) {
      const text = gen.mutateText(JSON.stringify(seeds[i % seeds.length]));
      expect(() => expectWellFormed(text)).not.toThrow();
    }
  });

  it('on 150 random JSON values', () => {
    for (let i = 0; i < 150; i += 1) {
      const v = gen.value(0);
      expect(() => expectWellFormed(v)).not.toThrow();
      expect(() => expectWellFormed(JSON.stringify(v))).not.toThrow();
    }
  });

  it('on deep nesting and huge arrays', () => {
    expectWellFormed('['.repeat(200_000) + ']'.repeat(200_000));
    expectWellFormed(
      `{"format":"youju.case","version":1,"timeZone":"UTC","debts":[],"entries":[${'0,'.repeat(100_000)}0]}`,
    );
    expectWellFormed({
      format: 'youju.case',
      version: 1,
      timeZone: 'UTC',
      debts: [],
      entries: new Array(10_000_000),
    });
  });

  it('leaves Object.prototype untouched', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });
});
