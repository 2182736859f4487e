/**
 * How the domain asks for words without knowing where they come from: the app passes i18next's `t`, the CLI an
 * i18next instance of its own (src/cli/words.ts). A key names its namespace, e.g. `rules:rule.threat.detail`.
 */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;
