/**
 * The checkers a pack carries (domain/case-pack/pack-tools.ts), bundled as strings. This module is imported only
 * by the export code, which My data loads with its own chunk, so the first screen does not carry them.
 */
import verifyHtml from '../../domain/case-pack/verify.html?raw';
import verifyPy from '../../domain/case-pack/verify.py?raw';
import type { PackTools } from '../../domain/case-pack/pack-tools.ts';

export const packTools: PackTools = { verifyPy, verifyHtml };
