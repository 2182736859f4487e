import type { CitationId } from '../../citations/citations.ts';
import type { ConductTag } from '../../case/types.ts';
import type { EvalContext } from '../context.ts';
import type { Hit } from '../rule.ts';

/**
 * The check behind every conduct-tag rule (case-file-v1: "an entry with the tag"): one finding per tagged entry,
 * whatever its kind or direction, since a borrower may log a threat as a note. `extra` adds sources that only some
 * of the tags call for (a forged document is 刑法 280, not only 279).
 */
export const taggedEntries =
  (tags: readonly ConductTag[], extra?: (matched: readonly ConductTag[]) => readonly CitationId[]) =>
  (ctx: EvalContext): readonly Hit[] =>
    ctx.tagged.flatMap((p): Hit[] => {
      const matched = tags.filter((t) => p.entry.tags?.includes(t) === true);
      if (matched.length === 0) return [];
      const extraCitationIds = extra?.(matched) ?? [];
      return [
        {
          entries: [p],
          debtId: p.debtId ?? null,
          params: { localDate: p.day },
          trace: [{ condition: 'tagged', entryIds: [p.entry.id], values: { tags: matched } }],
          ...(extraCitationIds.length === 0 ? {} : { extraCitationIds }),
        },
      ];
    });
