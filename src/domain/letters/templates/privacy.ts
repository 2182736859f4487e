/**
 * Stop contacting third parties; contact only me. The borrower's relatives, colleagues and contacts never agreed to
 * be called (民法典 1032, 1033(1)); disclosing the debt to them touches the borrower's privacy and personal
 * information (民法典 1032–1033, 1038; PIPL 10). For cards, 信用卡办法 Art. 68 (DR) limits collection to the debtor
 * and guarantor. legal-facts.md §4, §5, Table A R10, R11, R15.
 */
import { c, closing, dated, f, forKinds, list, p, sign, title, to, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const STOP_THIRD_PARTY = {
  id: 'stop-third-party',
  titles: {
    'zh-CN': '关于停止联系第三方、仅与本人联系的通知',
    en: 'Notice to stop contacting third parties and to contact only me',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['minfadian-1032', 'minfadian-1033', 'minfadian-1038', 'pipl-10', 'xinyongka-68'],
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`关于停止联系第三方、仅与本人联系的通知`,
      to`${f('debt.creditor')}及其委托的催收机构：`,
      p`本人${f('borrower.name')}，联系电话${f('borrower.phone')}。本人可以通过该号码正常联系，有关${f('debt.kind')}（卡号末四位或合同编号：${f('debt.account')}）的一切事宜，请只与本人联系。`,
      when('thirdParty.list', p`根据本人的记录，催收方曾联系本人的亲友、同事或单位等第三方：`),
      when('thirdParty.list', list('thirdParty.list')),
      p`本人的亲友、同事、单位及通讯录中的联系人与该笔债务无关，也从未同意接受催收联系。${c('minfadian-1032')}保护私人生活安宁；${c('minfadian-1033')}规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁。向无关第三方透露本人的欠款情况，还可能侵犯本人的隐私和个人信息，参见${c('minfadian-1038')}、${c('pipl-10')}；此类行为可能违法。`,
      forKinds(
        ['credit-card'],
        p`监管规定也要求发卡银行只向债务人本人及其担保人催收，不得向与债务无关的第三人催收（${c('xinyongka-68')}）。`,
      ),
      p`现通知贵司（行）及受托机构：自收到本通知之日起，停止以任何方式联系本人以外的第三方，不再向任何第三方透露本人的欠款信息。本人将继续记录收到的每一次联系。`,
      closing`此致`,
      closing`敬礼！`,
      sign`通知人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Notice to stop contacting third parties and to contact only me`,
      to`To: ${f('debt.creditor')} and any collection agency acting for it`,
      p`I am ${f('borrower.name')}, phone ${f('borrower.phone')}. I can be reached on that number. Please deal with me, and only me, about the ${f('debt.kind')} with card ending or contract number ${f('debt.account')}.`,
      when(
        'thirdParty.list',
        p`My log shows that collectors have contacted third parties such as my relatives, colleagues or employer:`,
      ),
      when('thirdParty.list', list('thirdParty.list')),
      p`My relatives, colleagues, employer and phone contacts have nothing to do with this debt and never agreed to be contacted about it. Under ${c('minfadian-1032')} the tranquillity of private life is protected; under ${c('minfadian-1033')}, unless the law provides otherwise or the person expressly consents, no one may disturb another's private life by phone calls, text messages, instant messaging or the like. Telling unrelated people about my debt may also infringe my privacy and personal information (see ${c('minfadian-1038')}; ${c('pipl-10')}); such conduct may be illegal.`,
      forKinds(
        ['credit-card'],
        p`Regulators also require card issuers to collect only from the debtor and any guarantor, and not from third parties unrelated to the debt (${c('xinyongka-68')}).`,
      ),
      p`I therefore ask you and any agency acting for you, from receipt of this notice, to stop contacting anyone other than me by any means and to stop telling anyone about my debt. I will keep logging every contact I receive.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
