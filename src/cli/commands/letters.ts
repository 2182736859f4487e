/** `youju letters [--lang zh-CN|en]`: every letter template id with its title and the debt kinds it is for. */
import { TEMPLATES } from '../../domain/letters/catalogue.ts';
import { CLI_LANGS } from '../citation-json.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';

const USAGE = '[--lang zh-CN|en]';

export const lettersCommand: Command = {
  name: 'letters',
  summary: 'Lists the letter templates (id, title, debt kinds), exit 0.',
  usage: USAGE,
  async run(args, io) {
    const given =
      args[0] === '--lang' ? args[1] : args[0]?.startsWith('--lang=') ? args[0].slice(7) : undefined;
    const expected = args[0] === '--lang' ? 2 : 1;
    const lang = args.length === 0 ? 'zh-CN' : CLI_LANGS.find((l) => l === given);
    if (lang === undefined || (args.length > 0 && args.length !== expected)) {
      io.err(`usage: youju letters ${USAGE}\n`);
      return EXIT.usage;
    }
    const width = Math.max(...TEMPLATES.map((t) => t.id.length));
    const lines = TEMPLATES.map((t) => {
      const kinds = t.debtKinds === 'all' ? 'all' : t.debtKinds.join(',');
      return `${t.id.padEnd(width)}  ${t.titles[lang]}  [${kinds}]`;
    });
    io.out(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
