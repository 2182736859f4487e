// Evidence storage in the real browser: the production CSP lets hash-wasm compile its WebAssembly (streaming
// SHA-256 of recordings and photos) while eval stays forbidden.
import { openApp } from './lib/app.ts';
import { assertEqual, e2e } from './lib/define.ts';

export const cspAllowsWebAssemblyButNotEval = e2e(async ({ page, origin }) => {
  await openApp(page, origin);
  const outcome = await page.evaluate(async () => {
    // The smallest valid module: magic number and version.
    const wasm = await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => 'compiled',
      (e: unknown) => String(e),
    );
    let evalResult = 'ran';
    try {
      new Function('return 1')();
    } catch (e) {
      evalResult = (e as Error).name;
    }
    return { wasm, evalResult };
  });
  assertEqual(
    outcome,
    { wasm: 'compiled', evalResult: 'EvalError' },
    'WebAssembly compiles, eval is refused',
  );
});
