// Finds exports in src/ that no other file uses, with the TypeScript compiler's own resolution: an export counts as
// used when any other file in the project (src/, tests/, vite.config.ts) refers to it, whether through a static
// import, a re-export or a property of a dynamic `import()`. Usable as a script: `npx tsx tests/tooling/lib/unused-exports.ts`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface UnusedExport {
  /** Path relative to the repository, with forward slashes. */
  readonly file: string;
  readonly name: string;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Files that are started on their own (by index.html, npm scripts or the build), so nothing imports them. */
export const ENTRY_POINTS: readonly string[] = [
  'src/main.tsx',
  'src/cli/youju.ts',
  'src/build/release-cli.ts',
];

function program(root: string): ts.Program {
  const configPath = path.join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

const relative = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/** The declaration an identifier finally stands for, looking through import and re-export aliases. */
function resolved(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

export function findUnusedExports(root = REPO_ROOT, entryPoints = ENTRY_POINTS): UnusedExport[] {
  const prog = program(root);
  const checker = prog.getTypeChecker();
  // Declaration files of the project (src/i18n/i18next.d.ts) use exports too; only modules are checked.
  const own = prog.getSourceFiles().filter((f) => !f.fileName.includes('/node_modules/'));
  const checked = own.filter((f) => !f.isDeclarationFile && relative(root, f.fileName).startsWith('src/'));

  const exportsOf = new Map<ts.SourceFile, ts.Symbol[]>();
  const names = new Set<string>();
  for (const file of checked) {
    const moduleSymbol = checker.getSymbolAtLocation(file);
    const list = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    exportsOf.set(file, list);
    for (const s of list) names.add(s.getName());
  }

  // Every symbol some file refers to from outside the file that declares it. Only identifiers spelled like an
  // export are resolved, which keeps this fast.
  const usedElsewhere = new Set<ts.Symbol>();
  const markIfForeign = (symbol: ts.Symbol | undefined, file: ts.SourceFile) => {
    if (!symbol) return;
    for (const s of [symbol, resolved(checker, symbol)]) {
      if (s.declarations?.some((d) => d.getSourceFile() !== file)) usedElsewhere.add(s);
    }
  };
  for (const file of own) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && names.has(node.text)) {
        markIfForeign(checker.getSymbolAtLocation(node), file);
        // `const { en } = await import('./locales-en.ts')`: the name is a property of the module's namespace.
        const parent = node.parent;
        if (ts.isBindingElement(parent) && ts.isObjectBindingPattern(parent.parent)) {
          const key = parent.propertyName ?? parent.name;
          if (key === node)
            markIfForeign(checker.getTypeAtLocation(parent.parent).getProperty(node.text), file);
        }
      }
      // `export type Kind = (typeof KINDS)[number]`: the list is the exported type's definition, part of it.
      if (ts.isTypeQueryNode(node)) {
        let alias: ts.Node = node.parent;
        while (ts.isTypeNode(alias)) alias = alias.parent;
        const exportedAlias =
          ts.isTypeAliasDeclaration(alias) &&
          alias.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
        if (exportedAlias) {
          const symbol = checker.getSymbolAtLocation(node.exprName);
          if (symbol) usedElsewhere.add(symbol);
        }
      }
      // `import * as m` or `export * from`: every export of that module may be used through it.
      const star =
        (ts.isNamespaceImport(node) && node.parent.parent.moduleSpecifier) ||
        (ts.isExportDeclaration(node) && !node.exportClause && node.moduleSpecifier);
      if (star) {
        const moduleSymbol = checker.getSymbolAtLocation(star);
        if (moduleSymbol)
          for (const s of checker.getExportsOfModule(moduleSymbol)) usedElsewhere.add(resolved(checker, s));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const unused: UnusedExport[] = [];
  for (const [file, list] of exportsOf) {
    const rel = relative(root, file.fileName);
    if (entryPoints.includes(rel)) continue;
    for (const exported of list) {
      if (usedElsewhere.has(exported) || usedElsewhere.has(resolved(checker, exported))) continue;
      unused.push({ file: rel, name: exported.getName() });
    }
  }
  return unused.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const u of findUnusedExports()) console.log(`${u.file}\t${u.name}`);
}
