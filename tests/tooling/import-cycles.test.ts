// No import cycles in src/: a cycle makes module evaluation order decide whether a binding is still undefined, and
// it hides which file owns what. Both static and dynamic `import()` edges count (a lazy import that points back is
// still a loop in the design); `import type` edges are left out, as TypeScript erases them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The relative modules a file imports at run time (type-only imports and exports left out). */
function runtimeImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const add = (spec: ts.Expression | undefined) => {
    if (spec && ts.isStringLiteral(spec) && spec.text.startsWith('.')) {
      out.push(path.resolve(path.dirname(file), spec.text));
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) add(node.moduleSpecifier);
    } else if (ts.isExportDeclaration(node)) {
      if (!node.isTypeOnly) add(node.moduleSpecifier);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Every cycle's files, each cycle once, found by a depth-first walk (Tarjan's strongly connected components). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (;;) {
        const w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
        if (w === v) break;
      }
      const selfLoop = (graph.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out;
}

describe('the import graph of src/', () => {
  it('finds a cycle when two modules import each other, also through a dynamic import', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    const graph = new Map([
      [a, runtimeImports(a, "import { f } from './b.ts';")],
      [b, runtimeImports(b, "export const g = () => import('./a.ts');")],
    ]);
    expect(cyclesOf(graph)).toEqual([[a, b]]);
  });

  it('leaves out type-only imports, which TypeScript erases', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    const graph = new Map([
      [a, runtimeImports(a, "import type { T } from './b.ts'; import { type U } from './b.ts';")],
      [b, runtimeImports(b, "import { f } from './a.ts';")],
    ]);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('has no cycles', () => {
    const files = sourceFiles(SRC);
    const graph = new Map(files.map((f) => [f, runtimeImports(f, readFileSync(f, 'utf8'))]));
    expect(graph.size).toBeGreaterThan(100);
    const cycles = cyclesOf(graph).map((c) => c.map((f) => path.relative(SRC, f)));
    expect(cycles).toEqual([]);
  });
});
