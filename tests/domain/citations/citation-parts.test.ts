// The same citations and findings through every consumer that prints text without React: the CLI's text report
// and the letters must name the instrument and the article exactly as the shared parts do, and the CLI must print
// the local time the domain's findingMessage gives.
import { describe, expect, it } from 'vitest';
import { textReport } from '../../../src/cli/commands/analyze.ts';
import { citationHead, citationParts, parseArticle } from '../../../src/domain/citations/citation-parts.ts';
import type { CitationId } from '../../../src/domain/citations/citations.ts';
import { citationText } from '../../../src/domain/letters/format.ts';
import type { Finding } from '../../../src/domain/rules/evaluate.ts';
import { findingMessage } from '../../../src/domain/rules/finding-message.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';

const IDS: readonly CitationId[] = ['xingfa-245', 'xingfa-238-3', 'minfadian-1033-2', 'cba-2026-art22'];

describe('citation parts', () => {
  it('reads the sheet notation: 之一, paragraph, item, lists and ranges', () => {
    expect(parseArticle('293-1(1)')).toEqual({ kind: 'one', number: '293', sub: '1', items: ['1'] });
    expect(parseArticle('238 para 3')).toEqual({ kind: 'one', number: '238', items: [], para: '3' });
    expect(parseArticle('258, 266')).toEqual({ kind: 'list', numbers: ['258', '266'] });
    expect(parseArticle('225–228')).toEqual({ kind: 'range', numbers: ['225', '228'] });
  });

  it.each(['zh-CN', 'en'] as const)(
    'names each source the same way in letters and in the CLI (%s)',
    (lang) => {
      const caseFile = { timeZone: 'Asia/Shanghai', entries: [] } as unknown as CaseFile;
      const finding: Finding = {
        ruleId: 'quiet-hours',
        severity: 'industry',
        debtId: null,
        entryIds: [],
        citationIds: IDS,
        contextCitationIds: [],
        params: { localDate: '2026-11-03', localTime: '22:40:15', quietStart: '22:00', quietEnd: '08:00' },
        trace: [],
      };
      const cli = textReport([finding], caseFile, 'c.json', lang);
      for (const id of IDS) {
        const p = citationParts(id, lang);
        const head = citationHead(p, lang);
        expect(cli).toContain(head);
        // Letters put "the" before an English name; the rest is the same.
        expect(citationText(id, lang).replace(/^the /, '')).toContain(head);
      }
      expect(findingMessage(finding, caseFile).time).toBe('22:40');
      expect(cli).toContain('22:40');
      expect(cli).not.toContain('22:40:15');
    },
  );
});
