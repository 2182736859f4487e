import { describe, expect, it } from 'vitest';
import { entryViews } from '../../../src/domain/evidence/amendments.ts';
import type { Entry } from '../../../src/domain/case/types.ts';

const call: Entry = { id: 'e1', kind: 'call', at: '2026-11-02T22:31:00+08:00', answered: true };
const sms: Entry = { id: 'e2', kind: 'sms', at: '2026-11-03T09:00:00+08:00' };

describe('amendments and hidden entries', () => {
  it('shows the latest amendment as current while keeping the original and the history', () => {
    const first = {
      id: 'a1',
      amends: 'e1',
      at: '2026-11-04T10:00:00+08:00',
      entry: { ...call, durationSec: 60 },
    };
    const second = {
      id: 'a2',
      amends: 'e1',
      at: '2026-11-05T10:00:00+08:00',
      entry: { ...call, durationSec: 90 },
    };
    const { views, problems } = entryViews([call, sms], [first, second], []);
    expect(problems).toEqual([]);
    expect(views[0]?.current.durationSec).toBe(90);
    expect(views[0]?.original).toBe(call);
    expect(views[0]?.amendments.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(views[1]?.current).toBe(sms);
  });

  it('hides an entry with its reason but keeps it in the list', () => {
    const hide = { id: 'h1', hides: 'e2', at: '2026-11-05T10:00:00+08:00', reason: '记错了欠款' };
    const { views } = entryViews([call, sms], [], [hide]);
    expect(views.map((v) => v.current.id)).toEqual(['e1', 'e2']);
    expect(views[1]?.hidden).toBe(hide);
    expect(views[0]?.hidden).toBeNull();
  });

  it('reports amendments that point nowhere or try to change the id, and ignores them', () => {
    const nowhere = { id: 'a1', amends: 'e9', at: '2026-11-04T10:00:00+08:00', entry: { ...call, id: 'e9' } };
    const renaming = {
      id: 'a2',
      amends: 'e1',
      at: '2026-11-04T10:00:00+08:00',
      entry: { ...call, id: 'e5' },
    };
    const hideNowhere = { id: 'h1', hides: 'e7', at: '2026-11-05T10:00:00+08:00', reason: 'x' };
    const { views, problems } = entryViews([call], [nowhere, renaming], [hideNowhere]);
    expect(problems).toEqual([
      { code: 'amends-unknown-entry', recordId: 'a1' },
      { code: 'amendment-changes-id', recordId: 'a2' },
      { code: 'hides-unknown-entry', recordId: 'h1' },
    ]);
    expect(views[0]?.current).toBe(call);
  });
});
