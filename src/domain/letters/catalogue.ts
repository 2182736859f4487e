/** Every letter template, in the order the letters list shows them. A new template is one entry here. */
import { CARD_INSTALMENT } from './templates/negotiation.ts';
import type { LetterTemplate } from './types.ts';

export const TEMPLATES: readonly LetterTemplate[] = [CARD_INSTALMENT];

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((t) => t.id);

export const templateById = (id: string): LetterTemplate | undefined => TEMPLATES.find((t) => t.id === id);
