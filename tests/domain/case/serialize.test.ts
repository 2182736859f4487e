import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import { serializeCaseFile } from '../../../src/domain/case/serialize.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { validFixtures } from './fixtures.ts';

function parsed(input: unknown): CaseFile {
  const r = parseCaseFile(input);
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.errors)}`);
  return r.value;
}

describe('serializeCaseFile', () => {
  it.each(validFixtures().map((f) => [f.name, f.text] as const))(
    '%s round-trips losslessly',
    (_name, text) => {
      const first = parsed(text);
      const canonical = serializeCaseFile(first);
      const second = parsed(canonical);
      expect(second).toEqual(first);
      // Nothing is lost against the original JSON either, unknown fields included.
      expect(JSON.parse(canonical)).toEqual(JSON.parse(text));
      expect(serializeCaseFile(second)).toBe(canonical);
    },
  );

  it('writes known keys in spec order, then unknown keys sorted, at every level', () => {
    const text = serializeCaseFile(
      parsed({
        zeta: 1,
        entries: [
          {
            z: 1,
            attachments: [{ size: 1, a: 0, sha256: 'a'.repeat(64) }],
            at: '2026-01-01T00:00:00Z',
            kind: 'visit',
            visit: { place: 'home', b: 1, collectors: 2 },
            id: 'e1',
          },
        ],
        debts: [],
        alpha: { y: 1, x: 2 },
        timeZone: 'UTC',
        version: 1,
        format: 'youju.case',
      }),
    );
    const keyOrder = [...text.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
    expect(keyOrder).toEqual([
      'format',
      'version',
      'timeZone',
      'debts',
      'entries',
      'id',
      'kind',
      'at',
      'visit',
      'collectors',
      'place',
      'b',
      'attachments',
      'sha256',
      'size',
      'a',
      'z',
      'alpha',
      'x',
      'y',
      'zeta',
    ]);
  });

  it('uses a 2-space indent, empty containers inline and a final newline', () => {
    const text = serializeCaseFile(
      parsed({ format: 'youju.case', version: 1, timeZone: 'UTC', debts: [], entries: [], x: {} }),
    );
    expect(text).toBe(
      '{\n  "format": "youju.case",\n  "version": 1,\n  "timeZone": "UTC",\n  "debts": [],\n  "entries": [],\n  "x": {}\n}\n',
    );
  });

  it('gives the same text whatever the key order of the input', () => {
    const a = parsed({
      format: 'youju.case',
      version: 1,
      timeZone: 'UTC',
      debts: [],
      entries: [],
      b: 1,
      a: 2,
    });
    const b = parsed({
      a: 2,
      entries: [],
      b: 1,
      debts: [],
      timeZone: 'UTC',
      version: 1,
      format: 'youju.case',
    });
    expect(serializeCaseFile(a)).toBe(serializeCaseFile(b));
  });

  it('keeps "__proto__" and "constructor" keys as plain data', () => {
    const text =
      '{"format":"youju.case","version":1,"timeZone":"UTC","debts":[],"entries":[],"__proto__":{"p":1},"constructor":[1]}';
    const out = serializeCaseFile(parsed(text));
    expect(out).toContain('"__proto__": {\n    "p": 1\n  }');
    expect(out).toContain('"constructor": [\n    1\n  ]');
    expect(parsed(out)).toEqual(parsed(text));
  });

  it('keeps Chinese text as it is', () => {
    const text = serializeCaseFile(
      parsed({
        format: 'youju.case',
        version: 1,
        timeZone: 'UTC',
        borrower: { name: '张三' },
        debts: [],
        entries: [],
      }),
    );
    expect(text).toContain('"name": "张三"');
  });
});
