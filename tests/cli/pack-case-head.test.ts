// @vitest-environment node
// The case head covers what findings and deadlines depend on besides the entries: the time zone, the debts and
// their dates, the borrower. A forger who changes any of them (or the order of the entries) and re-seals the whole
// pack gets a pack that checks out on its own but shows another head, which `youju verify --head` catches. A pack
// made before the case head still verifies, with a notice that its head covers the entries only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/case/parse.ts';
import { caseHeadOf, packHeadOf } from '../../src/domain/case-pack/case-head.ts';
import { sealCase } from '../../src/domain/case-pack/manifest.ts';
import {
  editManifest,
  readZip,
  writeInputs,
  writeZip,
  youjuInProcess,
  type Entries,
} from '../domain/case-pack/pack-fixture.ts';
import { editCase } from '../domain/case-pack/tamper-cases.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';

let dir: string;
let pack: Entries;
let head: string;
let chainHead: string;
const at = (name: string) => path.join(dir, name);
const text = (p: Entries, name: string) => new TextDecoder().decode(p.find(([n]) => n === name)?.[1]);

async function verify(entries: Entries, name: string, ...more: string[]) {
  writeZip(at(name), entries);
  const r = await youjuInProcess(['verify', at(name), ...more]);
  return { ...r, verdict: JSON.parse(r.stdout) as { ok: boolean; head: string; notice?: string } };
}

/** Everything recomputed from the edited case.json: links, chain head, case head and seal. */
async function resealAll(p: Entries): Promise<Entries> {
  const caseText = text(p, 'case.json');
  const parsed = parseCaseFile(caseText);
  if (!parsed.ok) throw new Error('edited case.json does not parse');
  const chain = await sealCase(parsed.value, nodeHasher);
  if (!chain.ok) throw new Error('edited case.json does not seal');
  const caseHead = await caseHeadOf(chain.value.head, caseText, nodeHasher);
  return editManifest(
    p,
    (m) => {
      m.chain = { links: chain.value.links as unknown as Record<string, unknown>[], head: chain.value.head };
      (m as unknown as { caseHead: string | null }).caseHead = caseHead;
    },
    true,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-case-head-'));
  const inputs = writeInputs(dir);
  const r = await youjuInProcess(['pack', inputs.caseFile, '--media', inputs.media, '-o', at('pack.zip')]);
  expect(r.status, r.stderr).toBe(0);
  ({ head, chainHead } = JSON.parse(r.stdout) as { head: string; chainHead: string });
  pack = readZip(at('pack.zip'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the case head', () => {
  it('changes with the time zone, a debt (any field, new ones too) or the borrower; not with layout', async () => {
    const base = {
      format: 'youju.case',
      version: 1,
      timeZone: 'Asia/Shanghai',
      debts: [{ id: 'd1', creditor: '某银行', kind: 'credit-card' }],
      entries: [],
    };
    const of = (c: unknown) => caseHeadOf(chainHead, JSON.stringify(c), nodeHasher);
    const original = await of(base);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    // Key order and white space are not content (RFC 8785).
    expect(await caseHeadOf(chainHead, JSON.stringify({ ...base }, null, 4), nodeHasher)).toBe(original);
    const changed = await Promise.all([
      of({ ...base, timeZone: 'Asia/Urumqi' }),
      of({ ...base, debts: [{ ...base.debts[0], finalDueDate: '2027-03-01' }] }),
      of({ ...base, debts: [{ ...base.debts[0], paidOffOn: '2026-12-01' }] }),
      of({ ...base, borrower: { name: '张三' } }),
      caseHeadOf('f'.repeat(64), JSON.stringify(base), nodeHasher),
    ]);
    expect(new Set([original, ...changed]).size).toBe(changed.length + 1);
    // Entries are sealed by the chain, not by the header.
    expect(await of({ ...base, entries: [{ id: 'x' }] })).toBe(original);
  });

  it('is what youju pack prints and youju verify reports, with no notice', async () => {
    expect(head).not.toBe(chainHead);
    expect(packHeadOf(text(pack, 'manifest.json'))).toEqual({ head, covers: 'case' });
    const r = await verify(pack, 'intact.zip', '--head', head);
    expect(r.status).toBe(0);
    expect(r.verdict).toEqual({ ok: true, head, problems: [] });
    expect(text(pack, 'README.txt')).toContain(head);
    expect(text(pack, 'report.html')).toContain(head);
  });

  it('a fully re-sealed pack with another time zone, debt, borrower or entry order shows another head; --head catches it', async () => {
    const forgeries: [string, (c: Parameters<Parameters<typeof editCase>[1]>[0]) => void][] = [
      ['time-zone', (c) => void (c.timeZone = 'America/Los_Angeles')],
      ['debt-date', (c) => void ((c.debts[0] ?? {}).firstMissedDueDate = '2026-01-05')],
      ['borrower', (c) => void (c.borrower = { name: '李四' })],
      ['entry-order', (c) => void c.entries.reverse()],
    ];
    for (const [name, edit] of forgeries) {
      const forged = await resealAll(await editCase(pack, edit));
      const alone = await verify(forged, `${name}.zip`);
      expect(alone.status, `${name}: ${alone.stdout}`).toBe(0);
      expect(alone.verdict.head, name).not.toBe(head);
      const kept = await verify(forged, `${name}.zip`, '--head', head);
      expect(kept.status, name).toBe(1);
      expect(JSON.parse(kept.stdout), name).toMatchObject({
        ok: false,
        problems: [{ file: 'manifest.json', code: 'head-differs' }],
      });
    }
  });

  it('a pack made before the case head verifies, its head named as covering the entries only', async () => {
    const old = await editManifest(pack, (m) => void delete (m as { caseHead?: string }).caseHead, true);
    const r = await verify(old, 'old.zip');
    expect(r.status).toBe(0);
    expect(r.verdict).toEqual({
      ok: true,
      head: chainHead,
      notice: 'head-covers-entries-only',
      problems: [],
    });
    expect(r.stderr).toMatch(/covers the records and attachments only, not the time zone, debts or borrower/);
    expect((await verify(old, 'old.zip', '--head', chainHead)).status).toBe(0);
  });
});
