import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/domain/case/types.ts';
import {
  draftFromEntry,
  durationSecOf,
  entryFromDraft,
  newDraft,
} from '../../../src/features/log/form/entry-draft.ts';
import { localInputOf, zonedIsoOf } from '../../../src/features/log/form/zoned-time.ts';

const NOW = Date.parse('2026-11-25T14:30:00Z');

describe('case-zone times in the log form', () => {
  it('shows now as the wall clock of the case zone, not the phone’s', () => {
    expect(localInputOf(NOW, 'Asia/Shanghai')).toBe('2026-11-25T22:30');
    expect(localInputOf(NOW, 'America/New_York')).toBe('2026-11-25T09:30');
  });

  it('turns a typed wall-clock time into an instant with the zone’s offset, either side of a DST change', () => {
    expect(zonedIsoOf('2026-11-25T22:30', 'Asia/Shanghai')).toEqual({
      iso: '2026-11-25T22:30:00+08:00',
      ms: NOW,
    });
    expect(zonedIsoOf('2026-03-07T12:00', 'America/New_York')?.iso).toBe('2026-03-07T12:00:00-05:00');
    expect(zonedIsoOf('2026-03-09T12:00', 'America/New_York')?.iso).toBe('2026-03-09T12:00:00-04:00');
    expect(zonedIsoOf('2026-02-30T12:00', 'Asia/Shanghai')).toBeNull();
    expect(zonedIsoOf('yesterday', 'Asia/Shanghai')).toBeNull();
  });
});

describe('call length', () => {
  it('reads minutes, decimals, m:ss and full-width digits', () => {
    expect(durationSecOf('2')).toBe(120);
    expect(durationSecOf('1.5')).toBe(90);
    expect(durationSecOf('2:30')).toBe(150);
    expect(durationSecOf('２：０５')).toBe(125);
    expect(durationSecOf('2:75')).toBeNull();
    expect(durationSecOf('abc')).toBeNull();
  });
});

describe('entries from the form', () => {
  it('leaves untouched fields out instead of writing empty strings', () => {
    const draft = { ...newDraft({ kind: 'note', now: NOW, timeZone: 'Asia/Shanghai' }), notes: '  记一下  ' };
    const built = entryFromDraft(draft, { id: 'n1', timeZone: 'Asia/Shanghai', now: NOW });
    expect(built).toEqual({
      ok: true,
      entry: { id: 'n1', kind: 'note', at: '2026-11-25T22:30:00+08:00', notes: '记一下' },
    });
  });

  it('an amendment keeps fields the form does not know, and the original time text when the time is unchanged', () => {
    const original = {
      id: 'e1',
      kind: 'call',
      at: '2026-11-24T02:00:00Z',
      answered: true,
      collector: { name: '某公司', badge: 'A7' },
      source: 'imported',
    } as unknown as Entry;
    const draft = draftFromEntry(original, 'Asia/Shanghai', Date.parse(original.at));
    expect(draft.at).toBe('2026-11-24T10:00');
    const built = entryFromDraft(
      { ...draft, notes: '补充' },
      { id: 'e1', timeZone: 'Asia/Shanghai', now: NOW, base: original, baseAtInput: draft.at },
    );
    expect(built).toEqual({
      ok: true,
      entry: { ...original, notes: '补充' },
    });
  });

  it('drops the fields of the old kind when the kind changes', () => {
    const draft = {
      ...newDraft({ kind: 'visit', now: NOW, timeZone: 'Asia/Shanghai' }),
      visitCollectors: '2',
    };
    const built = entryFromDraft(
      { ...draft, kind: 'note' },
      { id: 'x', timeZone: 'Asia/Shanghai', now: NOW },
    );
    expect(built.ok && built.entry.visit).toBeUndefined();
  });
});

describe('letter fields of 2026-12 (docs/case-file.md)', () => {
  const letterDraft = () => ({ ...newDraft({ kind: 'letter', now: NOW, timeZone: 'Asia/Shanghai' }) });
  const build = (d: ReturnType<typeof letterDraft>, base?: Entry) =>
    entryFromDraft(d, { id: 'n1', timeZone: 'Asia/Shanghai', now: NOW, ...(base ? { base } : {}) });

  it('R57: a ruling keeps its kind and procedure; "don\'t know" leaves them out', () => {
    const known = build({
      ...letterDraft(),
      letterType: 'ruling',
      rulingKind: 'preservation',
      procedure: 'simple',
    });
    expect(known.ok && known.entry.letter).toEqual({
      type: 'ruling',
      rulingKind: 'preservation',
      procedure: 'simple',
    });
    const unknown = build({ ...letterDraft(), letterType: 'ruling' });
    expect(unknown.ok && unknown.entry.letter).toEqual({ type: 'ruling' });
  });

  it('drops fields that do not apply once the type changes, and keeps the printed day on any type', () => {
    const d = {
      ...letterDraft(),
      letterType: 'collection-notice' as const,
      rulingKind: 'dismissal' as const,
      procedure: 'small-claims' as const,
      statedDeadline: '2026-12-01',
      hearingOn: '2026-12-10',
    };
    const built = build(d);
    expect(built.ok && built.entry.letter).toEqual({
      type: 'collection-notice',
      statedDeadline: '2026-12-01',
    });
    const summons = build({ ...d, letterType: 'court-summons' });
    expect(summons.ok && summons.entry.letter).toEqual({
      type: 'court-summons',
      procedure: 'small-claims',
      statedDeadline: '2026-12-01',
      hearingOn: '2026-12-10',
    });
  });

  it('allows printed days after today but refuses a malformed one', () => {
    const bad = build({
      ...letterDraft(),
      letterType: 'court-summons',
      statedDeadline: '2026-13-01',
      hearingOn: 'x',
    });
    expect(bad.ok ? [] : bad.errors).toEqual([
      { field: 'statedDeadline', code: 'invalid' },
      { field: 'hearingOn', code: 'invalid' },
    ]);
  });

  it('an amendment shows the stored fields and clears a stale ruling kind when the type changes', () => {
    const base: Entry = {
      id: 'e1',
      kind: 'letter',
      at: '2026-11-20T09:00:00+08:00',
      letter: { type: 'ruling', rulingKind: 'refusal', procedure: 'ordinary', statedDeadline: '2026-12-01' },
    };
    const draft = draftFromEntry(base, 'Asia/Shanghai', Date.parse(base.at));
    expect(draft).toMatchObject({
      rulingKind: 'refusal',
      procedure: 'ordinary',
      statedDeadline: '2026-12-01',
    });
    const changed = build({ ...draft, letterType: 'arbitration-award' }, base);
    expect(changed.ok && changed.entry.letter).toEqual({
      type: 'arbitration-award',
      statedDeadline: '2026-12-01',
    });
  });
});
