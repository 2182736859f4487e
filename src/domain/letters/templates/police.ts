/**
 * 报警材料: a written statement for the police about threats, violence, detention, entry without consent and
 * impersonation of authorities (legal-facts.md §10: 110; 2025 治安 Art. 50 para 2 lets police order a harasser to
 * stay away). It reports conduct only: the police do not deal with the debt itself (§11).
 */
import { c, dated, f, list, p, sign, title, to, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const POLICE_STATEMENT = {
  id: 'police-statement',
  titles: {
    'zh-CN': '报警材料（催收中的威胁、非法侵入、限制人身自由、冒充国家机关等）',
    en: 'Statement for the police (threats, entry without consent, detention, impersonation)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['zhian-2025-50-1-5'],
  audience: 'police',
  bodies: {
    'zh-CN': [
      title`报案材料`,
      to`${f('police.station')}：`,
      p`报案人：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，联系电话：${f('borrower.phone')}，住址：${f('borrower.address')}。`,
      p`本人是${f('debt.creditor')}的${f('debt.kind')}客户。本报案只涉及催收过程中危害本人人身、住宅安全等行为，不涉及债务本身的争议。`,
      p`事情经过（时间均为当地时间，记录编号对应本人的记录）：`,
      list('conduct.list'),
      when('conduct.details', p`补充说明：`),
      when('conduct.details', list('conduct.details')),
      when('findings.policeList', p`本人根据记录整理的相关规定：`),
      when('findings.policeList', list('findings.policeList')),
      p`现有证据：`,
      list('evidence.list'),
      p`请求公安机关依法调查处理。如对方继续纠缠、骚扰，请依照${c('zhian-2025-50-1-5')}的规定，考虑责令其不得接触本人。`,
      sign`报案人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Statement to the police`,
      to`To: ${f('police.station')}`,
      p`Reported by: ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, phone ${f('borrower.phone')}, address ${f('borrower.address')}.`,
      p`I am a customer of ${f('debt.creditor')} (${f('debt.kind')}). This report is only about conduct during collection that endangered my person or home; it is not about any dispute over the debt itself.`,
      p`What happened (local times; the entry numbers refer to my log):`,
      list('conduct.list'),
      when('conduct.details', p`Further details:`),
      when('conduct.details', list('conduct.details')),
      when('findings.policeList', p`The rules that my log points to:`),
      when('findings.policeList', list('findings.policeList')),
      p`Evidence:`,
      list('evidence.list'),
      p`I ask the police to investigate and deal with this according to law. If the harassment continues, please consider ordering them not to contact me, under ${c('zhian-2025-50-1-5')}.`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
