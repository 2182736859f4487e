/**
 * Writing helpers for template bodies: a tagged template reads like the letter and keeps field and citation ids
 * type-checked. `` p`尊敬的${f('debt.creditor')}：` `` is a paragraph with one field.
 */
import type { DebtKind } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import type { FieldId } from './fields.ts';
import type { Block, BlockKind, Segment } from './types.ts';

interface FieldRef {
  readonly field: FieldId;
}
interface CiteRef {
  readonly cite: CitationId;
}
type Ref = FieldRef | CiteRef;

export const f = (field: FieldId): FieldRef => ({ field });
export const c = (cite: CitationId): CiteRef => ({ cite });

const segmentsOf = (strings: TemplateStringsArray, refs: readonly Ref[]): Segment[] => {
  const out: Segment[] = [];
  strings.forEach((text, i) => {
    if (text !== '') out.push({ kind: 'text', text });
    const ref = refs[i];
    if (ref === undefined) return;
    out.push('field' in ref ? { kind: 'field', field: ref.field } : { kind: 'cite', id: ref.cite });
  });
  return out;
};

const block =
  (kind: BlockKind) =>
  (strings: TemplateStringsArray, ...refs: Ref[]): Block => ({ kind, segments: segmentsOf(strings, refs) });

export const title = block('title');
export const to = block('recipient');
export const p = block('paragraph');
export const item = block('item');
export const closing = block('closing');
export const sign = block('signature');
export const note = block('note');
export const list = (field: FieldId): Block => ({ kind: 'list', segments: [{ kind: 'field', field }] });
export const dated = (): Block => ({ kind: 'date', segments: [{ kind: 'field', field: 'letter.date' }] });

/** The same block, included only when `field` has a value. */
export const when = (field: FieldId, b: Block): Block => ({ ...b, when: field });
/** The same block, included only when `field` has no value. */
export const unless = (field: FieldId, b: Block): Block => ({ ...b, unless: field });
/** The same block, included only for these debt kinds. */
export const forKinds = (kinds: readonly DebtKind[], b: Block): Block => ({ ...b, kinds });
