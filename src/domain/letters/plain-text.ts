/**
 * Assembled blocks → the letter as plain text (for copying into web forms and WeChat, and for the CLI). One block
 * per line, a blank line between paragraphs; a missing field shows its placeholder (【借款人姓名】) so the gap is
 * visible wherever the text is pasted.
 */
import type { AssembledBlock, AssembledSegment } from './types.ts';

const segmentText = (s: AssembledSegment): string => {
  switch (s.kind) {
    case 'text':
      return s.text;
    case 'cite':
      return s.text;
    case 'field':
      return s.value ?? s.placeholder;
  }
};

const blockText = (b: AssembledBlock): string => b.segments.map(segmentText).join('');

/** Blocks that continue the one before them without a blank line between. */
const TIGHT = new Set<AssembledBlock['kind']>(['item', 'closing', 'signature', 'date']);

interface PlainTextOptions {
  /** Include `note` blocks (lines addressed to the user, such as "this is a skeleton"). Default true. */
  readonly notes?: boolean;
}

export function toPlainText(blocks: readonly AssembledBlock[], options: PlainTextOptions = {}): string {
  let out = '';
  let previous: AssembledBlock['kind'] | null = null;
  for (const b of blocks) {
    if (b.kind === 'note' && options.notes === false) continue;
    const text = blockText(b);
    // The court's name under 此致 belongs to the closing too.
    const tight = (TIGHT.has(b.kind) && previous !== 'title') || previous === 'closing';
    if (previous !== null) out += tight ? '\n' : '\n\n';
    // Multi-line values (a typed paragraph) keep their own line breaks.
    out += text;
    previous = b.kind;
  }
  return out === '' ? '' : `${out}\n`;
}
