/**
 * Lines every court and arbitration draft prints for the user (docs/letters.md, "Court papers"): it is a skeleton
 * for review, where free advice is (12348; legal-facts §16 R121: ask whether you qualify for legal aid, never a
 * promise), and that a written admission or payment restarts the limitation period (民法典 195).
 */
import { c, note } from '../build.ts';
import type { Block } from '../types.ts';

export const SKELETON_ZH: Block = note`【草稿骨架，不是完成的法律文书，请交法律援助审阅】请带上收到的文书原件和本草稿，尽快打12348（公共法律服务热线）免费咨询，并问问自己是否够条件申请法律援助（${c('falv-yuanzhu-2021')}）；能否获得法律援助要看当地的标准。审阅、补充后再提交。`;
export const SKELETON_EN: Block = note`[SKELETON DRAFT FOR REVIEW BY LEGAL AID, NOT A FINISHED LEGAL DOCUMENT] Take the papers you received and this draft, call 12348 (the public legal service line) for free legal advice as soon as possible, and ask whether you qualify for legal aid (${c('falv-yuanzhu-2021')}); whether you do depends on the local standard. Have it reviewed and completed before filing it.`;

export const NO_ADMISSION_ZH: Block = note`本草稿不承认欠款，也不承诺还款。书面承认欠款、同意还款或还一部分，3年诉讼时效都会重新计算（${c('minfadian-195')}），写之前请想清楚。`;
export const NO_ADMISSION_EN: Block = note`This draft does not admit the debt or promise payment. Admitting the debt in writing, agreeing to pay or paying part of it restarts the 3-year limitation period (${c('minfadian-195')}): think before you add any of that.`;
