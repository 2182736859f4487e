// The tamper matrix of the case pack (docs/case-pack.md), shared by the pure checkPack test and the CLI test: each case rebuilds the fixture
// pack with one change and names the file or entry whose problem must be reported.
import { editManifest, fileSha, flipByte, type Entries } from './pack-fixture.ts';

export interface TamperCase {
  readonly name: string;
  readonly build: (pack: Entries) => Entries | Promise<Entries>;
  /** A problem that must be reported: these fields, and one of the codes. */
  readonly expect: { readonly file?: string; readonly entry?: string; readonly codes: readonly string[] };
}

const linkId = (pack: Entries, i: number): string => {
  const manifest = pack.find(([n]) => n === 'manifest.json')?.[1];
  const m = JSON.parse(new TextDecoder().decode(manifest)) as { chain: { links: { recordId: string }[] } };
  return m.chain.links[i]?.recordId ?? '?';
};

function swap(list: unknown[], i: number, j: number): void {
  [list[i], list[j]] = [list[j], list[i]];
}

interface CaseJson {
  timeZone: string;
  borrower?: Record<string, unknown>;
  debts: Record<string, unknown>[];
  entries: unknown[];
}

/** case.json edited and written back, its hash and size updated in a re-sealed manifest (a careful forger). */
export async function editCase(pack: Entries, edit: (c: CaseJson) => void): Promise<Entries> {
  const c = JSON.parse(new TextDecoder().decode(pack.find(([n]) => n === 'case.json')?.[1])) as CaseJson;
  edit(c);
  const changed = new TextEncoder().encode(JSON.stringify(c));
  const swapped: Entries = pack.map(([n, d]) => [n, n === 'case.json' ? changed : d]);
  return editManifest(
    swapped,
    (m) => {
      const f = m.files.find((x) => x.path === 'case.json');
      if (f === undefined) throw new Error('fixture manifest lists no case.json');
      f.sha256 = fileSha(changed);
      f.size = changed.length;
    },
    true,
  );
}

/**
 * `caseEditCodes`: what an edited entry in case.json (with its hash updated in a re-sealed manifest) must give —
 * `record-changed` when the chain is sealed over case.json, `case-history-mismatch` in an app pack with history.
 */
export function tamperCases(
  pack: Entries,
  caseEditCodes: readonly string[] = ['record-changed'],
): TamperCase[] {
  const names = pack.map(([n]) => n);
  const chainCodes = ['seq-gap', 'prev-mismatch', 'link-hash-mismatch', 'record-not-sealed'];
  const cases: TamperCase[] = [];
  for (const name of names) {
    cases.push({
      name: `one byte of ${name} changed`,
      build: (p) => p.map(([n, d]) => [n, n === name ? flipByte(d) : d]),
      expect:
        name === 'manifest.json'
          ? { file: name, codes: ['manifest-invalid', 'manifest-changed'] }
          : { file: name, codes: ['file-changed'] },
    });
    cases.push({
      name: `${name} deleted`,
      build: (p) => p.filter(([n]) => n !== name),
      expect:
        name === 'manifest.json'
          ? { file: name, codes: ['manifest-missing'] }
          : { file: name, codes: ['file-missing'] },
    });
  }
  cases.push(
    {
      name: 'a file added',
      build: (p) => [...p, ['media/extra.txt', new TextEncoder().encode('added later')]],
      expect: { file: 'media/extra.txt', codes: ['file-added'] },
    },
    {
      name: 'a file added under a sha256 name',
      build: (p) => [...p, [`media/${'a'.repeat(64)}.jpg`, new Uint8Array([1, 2, 3])]],
      expect: { file: `media/${'a'.repeat(64)}.jpg`, codes: ['file-added'] },
    },
    {
      name: 'two chain links reordered',
      build: (p) => editManifest(p, (m) => swap(m.chain.links, 1, 2), false),
      expect: { entry: linkId(pack, 2), codes: chainCodes },
    },
    {
      name: 'two chain links reordered, manifest re-sealed',
      build: (p) => editManifest(p, (m) => swap(m.chain.links, 1, 2), true),
      expect: { entry: linkId(pack, 2), codes: chainCodes },
    },
    {
      name: 'a chain link removed, manifest re-sealed',
      build: (p) => editManifest(p, (m) => void m.chain.links.splice(1, 1), true),
      expect: { entry: linkId(pack, 1), codes: ['record-not-sealed'] },
    },
    {
      name: 'the last chain link removed, manifest re-sealed',
      build: (p) => editManifest(p, (m) => void m.chain.links.pop(), true),
      expect: { file: 'manifest.json', codes: ['head-mismatch'] },
    },
    {
      name: 'the head changed, manifest re-sealed',
      build: (p) => editManifest(p, (m) => void (m.chain.head = 'f'.repeat(64)), true),
      expect: { file: 'manifest.json', codes: ['head-mismatch'] },
    },
    {
      name: "an entry's notes changed and case.json's hash updated in a re-sealed manifest",
      build: async (p) => {
        const text = new TextDecoder().decode(p.find(([n]) => n === 'case.json')?.[1]);
        const changed = new TextEncoder().encode(text.replace('对方说明天上门', '对方说后天上门'));
        const swapped: Entries = p.map(([n, d]) => [n, n === 'case.json' ? changed : d]);
        return editManifest(
          swapped,
          (m) => {
            const f = m.files.find((x) => x.path === 'case.json');
            if (f === undefined) throw new Error('fixture manifest lists no case.json');
            f.sha256 = fileSha(changed);
            f.size = changed.length;
          },
          true,
        );
      },
      expect: { entry: 'e1', codes: caseEditCodes },
    },
    {
      name: "two entries of case.json swapped and case.json's hash updated in a re-sealed manifest",
      build: (p) => editCase(p, (c) => swap(c.entries, 0, 1)),
      expect: { codes: ['record-out-of-order', 'case-history-mismatch'] },
    },
    {
      name: "the time zone changed and case.json's hash updated in a re-sealed manifest",
      build: (p) => editCase(p, (c) => void (c.timeZone = 'America/Los_Angeles')),
      expect: { file: 'manifest.json', codes: ['case-head-mismatch'] },
    },
    {
      name: "a debt's date added and case.json's hash updated in a re-sealed manifest",
      build: (p) =>
        editCase(p, (c) => {
          const debt = c.debts[0];
          if (debt === undefined) throw new Error('fixture case has no debt');
          debt.firstMissedDueDate = '2026-01-05';
        }),
      expect: { file: 'manifest.json', codes: ['case-head-mismatch'] },
    },
    {
      name: "the borrower changed and case.json's hash updated in a re-sealed manifest",
      build: (p) => editCase(p, (c) => void (c.borrower = { ...c.borrower, name: '李四' })),
      expect: { file: 'manifest.json', codes: ['case-head-mismatch'] },
    },
    {
      name: 'an entry named ../x added',
      build: (p) => [...p, ['../x', new TextEncoder().encode('outside')]],
      expect: { file: '../x', codes: ['unsafe-path'] },
    },
    {
      name: 'a duplicate case.json added',
      build: (p) => [...p, ['case.json', new TextEncoder().encode('{}')]],
      expect: { file: 'case.json', codes: ['duplicate-path'] },
    },
  );
  return cases;
}

export function matches(
  problems: readonly { file?: string; entry?: string; code: string }[],
  expect: TamperCase['expect'],
): boolean {
  return problems.some(
    (p) =>
      expect.codes.includes(p.code) &&
      (expect.file === undefined || p.file === expect.file) &&
      (expect.entry === undefined || p.entry === expect.entry),
  );
}
