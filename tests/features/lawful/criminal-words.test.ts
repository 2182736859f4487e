// The words that tell a borrower about criminal exposure, the enforcement stage and threats (sheet §16 items 3, 4,
// 9 and the corrections table). Each test names the row it protects and asserts wording the old text did not have.
import { describe, expect, it } from 'vitest';
import enLawful from '../../../locales/en/lawful.json';
import enLog from '../../../locales/en/log.json';
import enRules from '../../../locales/en/rules.json';
import enStageDetail from '../../../locales/en/stageDetail.json';
import enToday from '../../../locales/en/today.json';
import zhLawful from '../../../locales/zh-CN/lawful.json';
import zhLog from '../../../locales/zh-CN/log.json';
import zhRules from '../../../locales/zh-CN/rules.json';
import zhStageDetail from '../../../locales/zh-CN/stageDetail.json';
import zhToday from '../../../locales/zh-CN/today.json';

const claim = (lawful: typeof zhLawful, id: string): string =>
  Object.values((lawful.claim as Record<string, Record<string, string>>)[id] ?? {}).join(' ');
const zhCrime = claim(zhLawful, 'overdue-is-crime');
const enCrime = claim(enLawful, 'overdue-is-crime');
const zh10k = claim(zhLawful, 'overdraft-10000');
const en10k = claim(enLawful, 'overdraft-10000');
const zhSued = claim(zhLawful, 'sued-means-jail');
const enSued = claim(enLawful, 'sued-means-jail');
const zhRisk = zhStageDetail.risk;
const enRisk = enStageDetail.risk;

describe('恶意透支 (R61–R64)', () => {
  it('R61: the amount is the principal unpaid at police filing; interest and fees excluded; repayments against principal first', () => {
    for (const zh of [zhCrime, zh10k, zhRisk['malicious-overdraft'].text]) {
      expect(zh).toMatch(/公安机关刑事立案时(尚未归还|还没还)的实际透支本金/);
      expect(zh).toContain('先算作');
    }
    for (const en of [enCrime, en10k, enRisk['malicious-overdraft'].text]) {
      expect(en).toMatch(/principal still unpaid when the police formally open a criminal case/);
      expect(en).toContain('counts first against principal');
    }
  });

  it('R61: below ¥50,000 speaks of "this card alone" and never says the claim is false or the user is safe', () => {
    const zh = zhRisk['malicious-overdraft-below-threshold'];
    const en = enRisk['malicious-overdraft-below-threshold'];
    expect(zh.title + zh.text).toContain('这张卡单独看');
    expect(en.title + en.text).toMatch(/this card alone/i);
    expect(zh.text).toContain('不能说明你安全');
    expect(en.text).toContain('does not make you safe');
    for (const s of ['不满足这个条件', '是错的']) expect(zh.text).not.toContain(s);
    expect(en.text).not.toMatch(/is false|does not meet/);
  });

  it('R62: the ¥10,000 figure is named as obsolete since 2018-12-01, ¥50,000 as the current threshold', () => {
    expect(zh10k).toContain('1 万元');
    expect(zh10k).toContain('2018 年 12 月 1 日');
    expect(zh10k).toContain('5 万元以上');
    expect(en10k).toContain('¥10,000');
    expect(en10k).toContain('1 December 2018');
    expect(en10k).toContain('¥50,000');
    expect(zhRisk['malicious-overdraft'].text).toContain('2018 年 12 月 1 日以前的旧标准');
    expect(enRisk['malicious-overdraft'].text).toContain('old standard from before 1 December 2018');
  });

  it('R63: several cards "may" be added together, with a lawyer\u2019s view and an unverified mark', () => {
    for (const zh of [zhCrime, zh10k, zhRisk['malicious-overdraft-below-threshold'].text]) {
      expect(zh).toContain('可能被加在一起');
      expect(zh).toContain('律师');
      expect(zh).toContain('未核实');
    }
    for (const en of [enCrime, en10k, enRisk['malicious-overdraft-below-threshold'].text]) {
      expect(en).toContain('may be added together');
      expect(en).toContain("lawyer's view");
      expect(en).toContain('unverified');
    }
  });

  it('R63: the card total is labelled as what the user entered, not the amount on a filing day', () => {
    expect(zhStageDetail.overdraft.asRecorded).toContain('不是银行的账');
    expect(enStageDetail.overdraft.asRecorded).toContain("not the bank's ledger");
  });

  it('R64: repayment before prosecution "may" end the case; the app says it is not a promise', () => {
    for (const zh of [zhCrime, zh10k]) {
      expect(zh).toContain('检察院可以不起诉');
      expect(zh).toContain('不是保证');
    }
    for (const en of [enCrime, en10k]) {
      expect(en).toContain('may decide not to prosecute');
      expect(en).toContain('not a promise');
    }
  });

  it('offence name (§16 corrections): the false-crime-claim finding names 信用卡诈骗罪 (never "恶意透支罪") and the amount at police filing', () => {
    const zh = zhRules.rule['false-crime-claim'].detail;
    expect(zh).toContain('信用卡诈骗罪（恶意透支是其中一种方式）');
    expect(zh).not.toContain('恶意透支罪');
    expect(zh).toContain('公安机关立案时未还的透支本金');
    expect(enRules.rule['false-crime-claim'].detail).toContain('still unpaid when the police open a case');
  });

  it('offence name (§16 corrections): the offence is named 信用卡诈骗罪, of which 恶意透支 is one way', () => {
    expect(zhCrime).toContain('恶意透支是信用卡诈骗罪（刑法第 196 条）的一种方式');
    expect(enCrime).toContain('one way of committing credit-card fraud');
    expect(zhRisk['malicious-overdraft'].title).toContain('信用卡诈骗罪');
  });
});

describe('the enforcement stage (R65–R70, R58–R60, 民诉法 254)', () => {
  it('R65–R69: no text says malicious overdraft is the only way a debt can become a crime', () => {
    expect(zhLawful.claim['overdue-is-crime'].short).not.toContain('只有');
    expect(zhLawful.claim['sue-or-arrest'].truth).not.toContain('唯一的例外');
    expect(enLawful.claim['sue-or-arrest'].truth).not.toContain('the only credit-card exception');
    expect(zhCrime).toContain('刑法第 313 条');
    expect(enCrime).toContain('Criminal Law Art. 313');
  });

  it('R65: refusing to report property → fine ≤ ¥100,000 or detention ≤ 15 days (民诉法 252, 118)', () => {
    expect(zhSued).toContain('10 万元以下罚款或者 15 日以下拘留');
    expect(zhSued).toContain('第 252、118 条');
    expect(enSued).toContain('up to ¥100,000 or detention of up to 15 days');
    expect(zhToday.action['report-property-truthfully']).toContain('前一年');
    expect(enToday.action['report-property-truthfully']).toContain('the year before');
  });

  it('R67: only with the ability to perform; living expenses are deducted first (刑法 313, 法释〔2024〕13号)', () => {
    for (const zh of [zhSued, zhRisk['refusal-to-execute-crime'].text]) {
      expect(zh).toContain('有能力执行而拒不执行');
      expect(zh).toContain('生活必需费用');
      expect(zh).toContain('经罚款、拘留后仍不执行');
    }
    for (const en of [enSued, enRisk['refusal-to-execute-crime'].text]) {
      expect(en).toContain('has the ability to execute and refuses');
      expect(en).toContain('necessary living expenses');
    }
    expect(zhRisk['refusal-to-execute-crime'].text).toContain('单纯还不起不是犯罪');
  });

  it('R68: the spending limits list flights, high-speed first class, hotels, property, cars and private schools', () => {
    const zh = zhRisk['defaulter-list-and-spending-limits'].text;
    for (const s of ['飞机', '高铁一等座以上', '星级酒店', '买房', '高收费私立学校']) expect(zh).toContain(s);
    expect(zhRisk['defaulter-list-and-spending-limits'].source).toContain('2015');
  });

  it('R69: simple inability to pay is not a ground for 失信; the list rests on the 2017 SPC provisions Arts. 1–4', () => {
    expect(zhRisk['defaulter-list-and-spending-limits'].text).toContain('单纯没有能力还不是理由');
    expect(enRisk['defaulter-list-and-spending-limits'].text).toContain(
      'Simply being unable to pay is not a ground',
    );
    expect(zhRisk['enforcement-measures'].source).toContain('失信名单规定（2017 修正）第 1–4 条');
    expect(zhRisk['enforcement-measures'].text).not.toContain('未核实');
    expect(zhLawful.claim['credit-blacklist'].truth).toContain('失信名单规定第 1–4 条');
    expect(zhLawful.claim['credit-blacklist'].truth).not.toContain('具体条件尚未核实');
    expect(zhStageDetail.usually.enforcement).toContain('本身不是犯罪');
    expect(enStageDetail.usually.enforcement).toContain('not in itself a crime');
  });

  it('R70: the 1–3-month grace period is marked unverified', () => {
    expect(zhRisk['defaulter-list-and-spending-limits'].text).toMatch(/1 到 3 个月的宽限期（未核实）/);
    expect(enRisk['defaulter-list-and-spending-limits'].text).toMatch(/1 to 3 months.*\(unverified\)/);
    expect(zhSued).toMatch(/1 到 3 个月的宽限期.*未核实/);
  });

  it('R58: objection to an enforcement act: written, 15 days to decide, review within 10 days, before enforcement ends', () => {
    const zh = zhToday.action['object-to-enforcement-act'];
    for (const s of ['书面异议', '15 日内审查', '10 日内', '执行程序结束前', '第 236 条'])
      expect(zh).toContain(s);
    const en = enToday.action['object-to-enforcement-act'];
    for (const s of ['in writing', 'within 15 days', 'within 10 days', 'before enforcement ends'])
      expect(en).toContain(s);
  });

  it("R59: a spouse's or parent's own frozen account: written objection, then sue within 15 days if rejected", () => {
    const zh = zhToday.action['third-party-objection'];
    for (const s of ['配偶', '父母', '书面异议', '15 日内起诉', '第 238 条']) expect(zh).toContain(s);
    expect(enToday.action['third-party-objection']).toContain('sue within 15 days');
  });

  it('R60: a travel ban can be reviewed within 10 days; the ban stays meanwhile', () => {
    expect(zhToday.action['travel-ban-review']).toContain('10 日内');
    expect(zhToday.action['travel-ban-review']).toContain('不停止');
    expect(enToday.action['travel-ban-review']).toContain('stays in place');
  });

  it('民诉法 254: the court must leave living expenses when it takes income', () => {
    expect(zhToday.action['keep-living-expenses']).toContain('第 254 条');
    expect(zhStageDetail.usually.enforcement).toContain('生活必需费用');
    expect(enStageDetail.usually.enforcement).toContain('necessary living expenses');
  });
});

describe('threats (R87–R90)', () => {
  it('R87: the threat tag in the log form speaks of personal safety only', () => {
    expect(zhLog.tag.threat).toContain('人身安全');
    expect(zhLog.tag.threat).not.toBe('威胁、恐吓');
    expect(enLog.tag.threat).toContain('safety');
  });

  it('R87: the finding cites the 2025 item with its wording marked as reported and unverified', () => {
    const zh = zhRules.rule.threat;
    expect(zh.title).toBe('威胁人身安全');
    expect(zh.detail).toContain('第 50 条第 1 款第 1 项');
    expect(zh.detail).toContain('措辞按报道，未核实');
    expect(enRules.rule.threat.detail).toContain('wording as reported, unverified');
  });

  it('R90: "we will sue / report to the credit bureau / apply for enforcement" is lawful if true, in the finding and the form', () => {
    expect(zhRules.rule.threat.detail).toContain('如果属实是合法的');
    expect(enRules.rule.threat.detail).toContain('lawful if true');
    const hint = zhLog.form.tags.hint;
    for (const s of [
      '起诉',
      '征信',
      '强制执行',
      '如果属实是合法的',
      '说我逾期就是犯罪',
      '夸大或编造后果',
      '公开曝光我',
    ])
      expect(hint).toContain(s);
    expect(enLog.form.tags.hint).toContain('lawful if true');
  });
});

describe('channels and legal help (R113, R121)', () => {
  it('12378 also takes online loans funded by a bank or consumer-finance company; microloans go to the local bureau', () => {
    for (const zh of [zhLawful.channel['12378'], zhToday.action['complain-to-regulator']]) {
      expect(zh).toContain('由银行或消费金融公司出资放款的网贷');
      expect(zh).toContain('地方金融管理局');
    }
    expect(enLawful.channel['12378']).toContain('online loans funded by a bank or consumer-finance company');
  });

  it('R121: where the app sends people to a lawyer, it names 12348 and never promises legal aid', () => {
    for (const zh of [zhLawful.hub.disclaimer, zhSued, zh10k]) expect(zh).toContain('12348');
    expect(zhLawful.channel['12348']).toContain('要看当地');
    expect(enLawful.channel['12348']).toContain('depends on the local hardship standard');
    expect(zhToday.action['free-legal-advice']).toContain('12348');
    expect(zhRules.report.disclaimer).toContain('12348');
    expect(enRules.report.disclaimer).toContain('12348');
  });
});
