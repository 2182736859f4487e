// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../../src/domain/case/parse.ts';
import { evaluate } from '../../../../src/domain/rules/evaluate.ts';
import {
  emptyVisitDraft,
  inQuietHours,
  visitEntryOf,
} from '../../../../src/features/log/visit/visit-draft.ts';

const REC = { sha256: 'a'.repeat(64), type: 'audio/webm;codecs=opus', size: 1000, name: 'r.webm' };
const PHOTO = { sha256: 'b'.repeat(64), type: 'image/jpeg', size: 2000 };

describe('the quiet hours at the door are read in the case zone', () => {
  it('a visit at 21:59:59 in Shanghai is not flagged, at 22:00 it is', () => {
    expect(inQuietHours(Date.parse('2026-11-25T21:59:59+08:00'), 'Asia/Shanghai')).toBe(false);
    expect(inQuietHours(Date.parse('2026-11-25T22:00:00+08:00'), 'Asia/Shanghai')).toBe(true);
  });
  it('a visit at 07:59 is flagged, at 08:00 it is not', () => {
    expect(inQuietHours(Date.parse('2026-11-26T07:59:59+08:00'), 'Asia/Shanghai')).toBe(true);
    expect(inQuietHours(Date.parse('2026-11-26T08:00:00+08:00'), 'Asia/Shanghai')).toBe(false);
  });
  it('the same instant reads differently in another zone (never the phone zone)', () => {
    const at = Date.parse('2026-11-25T14:30:00Z'); // 22:30 in Shanghai, 14:30 in London
    expect(inQuietHours(at, 'Asia/Shanghai')).toBe(true);
    expect(inQuietHours(at, 'Europe/London')).toBe(false);
  });
});

describe('the visit entry says exactly what was answered', () => {
  const startedAt = Date.parse('2026-11-25T10:00:00Z');

  it('an untouched draft records only the place and the time, with the recording', () => {
    const entry = visitEntryOf(emptyVisitDraft(startedAt), 'e-1', REC);
    expect(entry).toEqual({
      id: 'e-1',
      kind: 'visit',
      at: '2026-11-25T10:00:00.000Z',
      visit: { place: 'home' },
      attachments: [REC],
    });
  });

  it('one collector, no ID, entered without consent, with names, tags, notes and the ID photo', () => {
    const entry = visitEntryOf(
      {
        ...emptyVisitDraft(startedAt),
        collectors: 1,
        idShown: false,
        idPhotos: [PHOTO],
        company: ' 某某资产管理有限公司 ',
        person: '王某',
        side: 'agency',
        debtId: 'cc',
        entered: 'without-consent',
        tags: ['seized-property'],
        notes: '  拿走了电脑 ',
      },
      'e-2',
      REC,
    );
    expect(entry).toEqual({
      id: 'e-2',
      kind: 'visit',
      at: '2026-11-25T10:00:00.000Z',
      debtId: 'cc',
      collector: { side: 'agency', name: '某某资产管理有限公司', person: '王某' },
      visit: { collectors: 1, idShown: false, entered: true, consentToEnter: false, place: 'home' },
      tags: ['seized-property'],
      notes: '拿走了电脑',
      attachments: [REC, PHOTO],
    });
  });

  it('"they did not come in" and "I agreed" are kept apart', () => {
    const base = emptyVisitDraft(startedAt);
    expect(visitEntryOf({ ...base, entered: 'no' }, 'e', null).visit).toEqual({
      entered: false,
      place: 'home',
    });
    expect(visitEntryOf({ ...base, entered: 'with-consent' }, 'e', null).visit).toEqual({
      entered: true,
      consentToEnter: true,
      place: 'home',
    });
  });

  it('the entry is a valid case-file entry and triggers the three visit rules', () => {
    const entry = visitEntryOf(
      {
        ...emptyVisitDraft(Date.parse('2026-11-25T06:00:00Z')),
        collectors: 1,
        idShown: false,
        debtId: 'cc',
        entered: 'without-consent',
      },
      'e-3',
      REC,
    );
    const parsed = parseCaseFile({
      format: 'youju.case',
      version: 1,
      timeZone: 'Asia/Shanghai',
      debts: [{ id: 'cc', creditor: '某银行', kind: 'credit-card' }],
      entries: [entry],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rules = evaluate(parsed.value, { now: Date.parse('2026-11-25T08:00:00Z') })
      .filter((f) => f.entryIds.includes('e-3'))
      .map((f) => f.ruleId)
      .sort();
    expect(rules).toEqual(['visit-entry-without-consent', 'visit-no-id', 'visit-too-few-collectors']);
  });
});
