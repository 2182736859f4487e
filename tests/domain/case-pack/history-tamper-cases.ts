// The tamper matrix for app-made packs (docs/case-pack.md): the cases of every pack plus history.json's own — a record
// changed, dropped or reordered, an amendment pointing nowhere, a hidden entry put back, a hidden entry's file
// swapped. Each forger below updates the manifest's file list and re-seals it, so only the chain and the history
// checks can catch them.
import { sealRecord, type ChainLink } from '../../../src/domain/evidence/chain.ts';
import { nodeHasher } from '../evidence/node-hasher.ts';
import { editManifest, fileSha, type Entries } from './pack-fixture.ts';
import { MEDIA_SHA } from './pack-fixture.ts';
import { tamperCases, type TamperCase } from './tamper-cases.ts';

interface HistoryJson {
  records: { kind: ChainLink['kind']; recordId: string; record: Record<string, unknown> }[];
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

const textOf = (pack: Entries, name: string): string => decoder.decode(pack.find(([n]) => n === name)?.[1]);

/** Replaces a file and updates its hash and size in a re-sealed manifest (links untouched unless `links`). */
async function replaceFile(
  pack: Entries,
  name: string,
  bytes: Uint8Array,
  links?: { links: ChainLink[]; head: string },
): Promise<Entries> {
  const swapped: Entries = pack.map(([n, d]) => [n, n === name ? bytes : d]);
  return editManifest(
    swapped,
    (m) => {
      const f = m.files.find((x) => x.path === name);
      if (f === undefined) throw new Error(`fixture manifest lists no ${name}`);
      f.sha256 = fileSha(bytes);
      f.size = bytes.length;
      if (links !== undefined) m.chain = { links: links.links as never, head: links.head };
    },
    true,
  );
}

async function editHistory(
  pack: Entries,
  edit: (h: HistoryJson) => void,
  resealChain = false,
): Promise<Entries> {
  const h = JSON.parse(textOf(pack, 'history.json')) as HistoryJson;
  edit(h);
  const bytes = encoder.encode(JSON.stringify(h, null, 2));
  if (!resealChain) return replaceFile(pack, 'history.json', bytes);
  const links: ChainLink[] = [];
  for (const r of h.records) {
    const link = await sealRecord(links.at(-1) ?? null, r.kind, r.recordId, r.record, nodeHasher);
    if (!link.ok) throw new Error('not canonicalizable');
    links.push(link.value);
  }
  return replaceFile(pack, 'history.json', bytes, { links, head: links.at(-1)?.hash ?? '' });
}

const recordOf = (h: HistoryJson, id: string) => {
  const r = h.records.find((x) => x.recordId === id);
  if (r === undefined) throw new Error(`fixture has no record ${id}`);
  return r;
};

export function historyTamperCases(pack: Entries): TamperCase[] {
  const m1 = pack.find(([n]) => n.startsWith(`media/${MEDIA_SHA[1] ?? '?'}`))?.[0] ?? '?';
  return [
    ...tamperCases(pack, ['case-history-mismatch']),
    {
      name: 'a record changed in history.json',
      build: (p) => editHistory(p, (h) => void (recordOf(h, 'e3').record.at = '2026-11-04T09:00:00+08:00')),
      expect: { entry: 'e3', codes: ['record-changed'] },
    },
    {
      name: 'a record dropped from history.json',
      build: (p) => editHistory(p, (h) => void h.records.splice(h.records.indexOf(recordOf(h, 'h1')), 1)),
      expect: { entry: 'h1', codes: ['record-missing'] },
    },
    {
      name: 'two records reordered in history.json',
      build: (p) =>
        editHistory(p, (h) => {
          const i = h.records.indexOf(recordOf(h, 'a1'));
          const [a, b] = [h.records[i], h.records[i + 1]];
          if (a === undefined || b === undefined) throw new Error('fixture order');
          h.records.splice(i, 2, b, a);
        }),
      expect: { entry: 'h1', codes: ['record-out-of-order'] },
    },
    {
      name: 'an amendment pointing nowhere, whole chain recomputed',
      build: (p) => editHistory(p, (h) => void (recordOf(h, 'a1').record.amends = 'e9'), true),
      expect: { entry: 'a1', codes: ['amends-unknown-entry'] },
    },
    {
      name: 'a hide pointing at a later entry, whole chain recomputed',
      build: (p) => editHistory(p, (h) => void (recordOf(h, 'h1').record.hides = 'e3'), true),
      expect: { entry: 'h1', codes: ['hides-unknown-entry'] },
    },
    {
      name: 'a hidden entry put back into case.json',
      build: (p) => {
        const c = JSON.parse(textOf(p, 'case.json')) as { entries: unknown[] };
        const h = JSON.parse(textOf(p, 'history.json')) as HistoryJson;
        c.entries.splice(1, 0, recordOf(h, 'e2').record);
        return replaceFile(p, 'case.json', encoder.encode(JSON.stringify(c, null, 2)));
      },
      expect: { file: 'case.json', entry: 'e2', codes: ['case-history-mismatch'] },
    },
    {
      name: "a hidden entry's file replaced",
      build: (p) => replaceFile(p, m1, encoder.encode('another photo')),
      expect: { file: m1, entry: MEDIA_SHA[1] ?? '?', codes: ['attachment-changed'] },
    },
  ];
}
