// The "I just received…" flows hold the court-paper wording of legal-facts §16 (R52–R57, R71–R80, R102–R108,
// R121). Each test names the row it protects and checks the wording the row requires, with one check run on the old
// wording too, so a return to the old text fails.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationById, isCitationId } from '../../../src/domain/citations/citations.ts';
import { RECEIVED_FLOWS, type ReceivedFlow } from '../../../src/platform/routes.ts';
import { FLOW_SPECS } from '../../../src/features/today/received-specs.ts';
import { TEMPLATE_IDS } from '../../../src/domain/letters/catalogue.ts';

const LOCALES = path.resolve(import.meta.dirname, '../../../locales');
type Tree = { [key: string]: Tree | string };
const load = (lang: string, ns: string): Tree =>
  JSON.parse(readFileSync(path.join(LOCALES, lang, `${ns}.json`), 'utf8')) as Tree;
const LANGS = ['zh-CN', 'en'] as const;
type Lang = (typeof LANGS)[number];
const RECEIVED = { 'zh-CN': load('zh-CN', 'received'), en: load('en', 'received') };

const at = (tree: Tree, dotted: string): string | undefined => {
  let node: Tree | string | undefined = tree;
  for (const key of dotted.split('.')) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : undefined;
};
const stepText = (lang: Lang, flow: ReceivedFlow, key: string): string =>
  at(RECEIVED[lang], `step.${flow}.${key}.text`) ?? '';
/** Everything a flow shows, in order: lead, steps, then the served note. */
const flowText = (lang: Lang, flow: ReceivedFlow): string => {
  const spec = FLOW_SPECS[flow];
  return [
    at(RECEIVED[lang], `flow.${flow}.lead`) ?? '',
    ...spec.steps.map((s) => stepText(lang, flow, s.key)),
    spec.served ? (at(RECEIVED[lang], `served.${spec.served}`) ?? '') : '',
  ].join('\n');
};
const step = (flow: ReceivedFlow, key: string) => FLOW_SPECS[flow].steps.find((s) => s.key === key);

const allStrings = (tree: Tree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : allStrings(v)));

describe('received flows: structure', () => {
  it('every flow has a label, title and lead, and every step a text and a source or citations', () => {
    for (const lang of LANGS) {
      for (const flow of RECEIVED_FLOWS) {
        for (const part of ['label', 'title', 'lead'])
          expect(at(RECEIVED[lang], `flow.${flow}.${part}`)).toBeTruthy();
        for (const s of FLOW_SPECS[flow].steps) {
          expect(stepText(lang, flow, s.key), `${lang} ${flow}.${s.key}`).not.toBe('');
          if (s.cites === undefined) expect(at(RECEIVED[lang], `step.${flow}.${s.key}.source`)).toBeTruthy();
        }
      }
    }
  });

  it('every cited id exists, and a step citing a V-sec, single-source or unverified source shows the mark', () => {
    for (const flow of RECEIVED_FLOWS) {
      for (const s of FLOW_SPECS[flow].steps) {
        for (const id of s.cites ?? []) {
          expect(isCitationId(id), `${flow}.${s.key}: ${id}`).toBe(true);
          if (!isCitationId(id)) continue;
          if (citationById(id).confidence !== 'V-full')
            expect(s.unverified, `${flow}.${s.key}: ${id}`).toBe(true);
        }
      }
    }
  });

  it('the letters a flow points to exist and are named in both languages', () => {
    for (const flow of RECEIVED_FLOWS) {
      for (const id of FLOW_SPECS[flow].letters ?? []) {
        expect(TEMPLATE_IDS).toContain(id);
        for (const lang of LANGS) expect(at(RECEIVED[lang], `letters.names.${id}`)).toBeTruthy();
      }
    }
  });
});

describe('payment orders (R52–R55)', () => {
  /** The check the flow must pass: before the form, it says that pleading inability does not help. */
  const warnsAboutInability = (text: string) =>
    /不影响支付令的效力/.test(text) && /口头异议无效/.test(text) && /还不起/.test(text);
  const OLD_ZH = [
    '收到支付令之日起 15 日内，你要么还款，要么向发出支付令的法院提出书面异议。',
    '异议要写成书面材料交给法院，口头说不算。留好递交的凭证（签收单或邮寄单据）。',
    '异议成立的，支付令程序终结，案子转入诉讼（申请人不同意起诉的除外）。',
  ].join('\n');

  it('R53: the flow says an objection that only pleads inability to pay does not affect the order, and oral ones are void', () => {
    expect(warnsAboutInability(OLD_ZH)).toBe(false);
    expect(warnsAboutInability(flowText('zh-CN', 'payment-order'))).toBe(true);
    const en = flowText('en', 'payment-order');
    expect(en).toMatch(/does not affect the payment order/);
    expect(en).toMatch(/oral objection is void/);
  });

  it('R52: the first step carries the sheet’s app wording', () => {
    expect(stepText('en', 'payment-order', 'deadline')).toContain(
      'Within 15 days, file a written objection that disputes the debt, the amount, the interest or the fees',
    );
    expect(stepText('en', 'payment-order', 'deadline')).toContain(
      'Do not just write that you cannot pay now.',
    );
    expect(stepText('zh-CN', 'payment-order', 'deadline')).toMatch(/不要只写现在还不起/);
  });

  it('R54: the grounds point at the debt itself, 砍头息 under 民法典 670 included', () => {
    const grounds = step('payment-order', 'grounds');
    expect(grounds?.cites).toEqual(expect.arrayContaining(['spc-minsufa-interp-435', 'minfadian-670']));
    expect(stepText('zh-CN', 'payment-order', 'grounds')).toMatch(/砍头息/);
    expect(stepText('en', 'payment-order', 'grounds')).toMatch(/never agreed/);
  });

  it('R55: late objections count as none and suing elsewhere does not stop the order', () => {
    expect(stepText('zh-CN', 'payment-order', 'late')).toMatch(/视为没有提出/);
    expect(stepText('zh-CN', 'payment-order', 'late')).toMatch(/别的法院起诉不能代替异议/);
    expect(step('payment-order', 'late')?.cites).toContain('spc-minsufa-interp-431');
  });

  it('R53: the steps come before the form, and the flow points to the reworked objection letter', () => {
    const keys = FLOW_SPECS['payment-order'].steps.map((s) => s.key);
    expect(keys.indexOf('notInability')).toBeGreaterThan(-1);
    expect(FLOW_SPECS['payment-order'].letters).toEqual(['payment-order-objection']);
  });
});

describe('rulings (R56–R57)', () => {
  /** A ruling text is wrong if it gives every ruling a 10-day appeal. */
  const everyRulingAppealable = (text: string) =>
    /不服裁定，?\s*10 日内上诉|a ruling within 10 days/.test(text);

  it('R56: only three rulings can be appealed, and small-claims jurisdiction and dismissal rulings take effect at once', () => {
    expect(
      everyRulingAppealable('不服判决，可以在判决书送达之日起 15 日内上诉；不服裁定，10 日内上诉。'),
    ).toBe(true);
    for (const lang of LANGS) expect(everyRulingAppealable(flowText(lang, 'court-papers'))).toBe(false);
    // The stage texts of Today (first screen and stage detail) no longer give every ruling an appeal either.
    for (const lang of LANGS) {
      const strings = [...allStrings(load(lang, 'today')), ...allStrings(RECEIVED[lang])];
      expect(
        strings.filter((s) => /不服裁定 ?10 日内|a ruling within 10 days|10 for a ruling/.test(s)),
      ).toEqual([]);
    }
    expect(at(RECEIVED['zh-CN'], 'stageMore.judgment')).toMatch(
      /只有不予受理、管辖权异议、驳回起诉三种.*保全裁定.*5 日内/,
    );
    const zh = stepText('zh-CN', 'court-papers', 'rulingKinds');
    for (const kind of ['不予受理', '管辖权异议', '驳回起诉', '10 日', '小额诉讼', '其他裁定不能上诉'])
      expect(zh).toContain(kind);
  });

  it('R57: a preservation ruling is reviewed once within 5 days and the freeze stays on', () => {
    expect(stepText('zh-CN', 'court-papers', 'preservation')).toMatch(/5 日内.*复议一次.*冻结不解除/);
    expect(stepText('en', 'court-papers', 'preservation')).toMatch(/within 5 days.*freeze stays on/s);
    expect(step('court-papers', 'preservation')?.cites).toEqual(
      expect.arrayContaining(['minsufa-2023-111', 'spc-minsufa-interp-171', 'spc-preservation-25']),
    );
  });

  it('R56–R57: a ruling of unknown kind gets both candidate periods', () => {
    for (const lang of LANGS) {
      const text = stepText(lang, 'court-papers', 'rulingUnknown');
      expect(text).toMatch(/5/);
      expect(text).toMatch(/10/);
    }
  });
});

describe('court messages and service (R71–R75)', () => {
  const NO_LINK_ADVICE = /不要点.{0,12}链接|(tap|click|open).{0,12}links?/i;

  it('R75: no locale tells people not to open court links any more', () => {
    expect(
      NO_LINK_ADVICE.test(
        '想确认是否被起诉，请打贷款机构官方 App 或官方客服电话去问，不要打短信里给的号码，也不要点里面的链接。',
      ),
    ).toBe(true);
    for (const lang of LANGS) {
      for (const file of readdirSync(path.join(LOCALES, lang))) {
        const strings = allStrings(load(lang, file.replace(/\.json$/, '')));
        expect(
          strings.filter((s) => NO_LINK_ADVICE.test(s)),
          `${lang}/${file}`,
        ).toEqual([]);
      }
    }
  });

  it('R71: courts really serve by SMS, and service counts from the day it reaches the phone', () => {
    expect(stepText('zh-CN', 'sued-sms', 'real')).toMatch(/12368.*送达平台.*到达你手机/s);
    expect(step('sued-sms', 'real')?.cites).toEqual(['minsufa-2023-90', 'spc-online-litigation-29-31']);
    expect(at(RECEIVED['zh-CN'], 'flow.sued-sms.lead')).toMatch(/别删.*别不理/);
  });

  it('R75: how to check, independently of the message, and the signs of a fake; both marked unverified', () => {
    const check = stepText('zh-CN', 'sued-sms', 'check');
    for (const part of ['12368', '不要打短信里给的号码', '人民法院在线服务', 'sdpt.court.gov.cn', '立案大厅'])
      expect(check).toContain(part);
    const fake = stepText('zh-CN', 'sued-sms', 'fake');
    for (const part of ['个人账户', 'court.gov.cn', '验证码', '共享屏幕', '逮捕'])
      expect(fake).toContain(part);
    expect(step('sued-sms', 'check')?.unverified).toBe(true);
    expect(step('sued-sms', 'fake')?.unverified).toBe(true);
  });

  it('R71–R73: every flow that logs a court or arbitration paper says the clock starts on service, not on logging', () => {
    for (const flow of RECEIVED_FLOWS) {
      const types = FLOW_SPECS[flow].form?.letterTypes ?? [];
      if (
        types.some((t) =>
          ['court-summons', 'payment-order', 'arbitration-award', 'judgment', 'ruling'].includes(t),
        )
      ) {
        expect(FLOW_SPECS[flow].served, flow).toBeDefined();
      }
    }
    expect(at(RECEIVED['zh-CN'], 'served.court')).toMatch(
      /不是你记录的那天.*到达你手机.*签收.*退回的日期就算送达/s,
    );
    expect(at(RECEIVED.en, 'served.court')).toMatch(/not the day you log it/);
  });

  it('R72: a judgment served by public notice counts as served 30 days after the notice, and gets no form', () => {
    expect(stepText('zh-CN', 'public-notice', 'meaning')).toMatch(/30 日/);
    expect(step('public-notice', 'meaning')?.cites).toEqual(['minsufa-2023-95']);
    expect(FLOW_SPECS['public-notice'].form).toBeUndefined();
    expect(stepText('zh-CN', 'public-notice', 'retrial')).toMatch(/再审/);
  });
});

describe('simple procedure and small claims (R76–R80)', () => {
  it('R79: the objection to small claims must come before the hearing', () => {
    expect(stepText('zh-CN', 'court-papers', 'smallClaimsObject')).toMatch(/开庭前/);
    expect(stepText('en', 'court-papers', 'smallClaimsObject')).toMatch(/before the hearing/);
  });
  it('R78, R80: evidence usually ≤ 7 days; after judgment only retrial within 6 months', () => {
    expect(stepText('zh-CN', 'court-papers', 'smallClaims')).toMatch(/7 日/);
    expect(stepText('zh-CN', 'court-papers', 'smallClaimsRetrial')).toMatch(/再审.*6 个月/);
  });
  it('R76: simple-procedure periods are set by the court, and the flow asks for the printed date', () => {
    expect(stepText('zh-CN', 'court-papers', 'simple')).toMatch(/法院指定.*15 日.*传票或通知书上写的日期/s);
  });
});

describe('arbitration and mediation (R102–R108)', () => {
  it('R106: 3 months to set an award aside, marked unverified (仲裁法 2025 Art. 72 is V-sec)', () => {
    expect(stepText('zh-CN', 'arbitration-award', 'setAside')).toMatch(/3 个月/);
    expect(step('arbitration-award', 'setAside')).toEqual({
      key: 'setAside',
      unverified: true,
      cites: ['zhongcaifa-2025-72'],
    });
  });
  it('R107–R108: 15 days after the enforcement notice to resist enforcement; 先予仲裁 awards are not enforced', () => {
    expect(stepText('zh-CN', 'arbitration-award', 'resist')).toMatch(/执行通知书送达之日起 15 日内/);
    expect(stepText('zh-CN', 'arbitration-award', 'advance')).toMatch(/先予仲裁/);
  });
  it('R102–R104: mediation is voluntary, fees are disclosed, money to a personal account is a red flag', () => {
    expect(stepText('zh-CN', 'mediation-notice', 'voluntary')).toMatch(/自愿/);
    expect(stepText('zh-CN', 'mediation-notice', 'fees')).toMatch(/不收任何费用.*公布/s);
    expect(stepText('zh-CN', 'mediation-notice', 'redFlag')).toMatch(/个人账户/);
    expect(step('mediation-notice', 'redFlag')?.unverified).toBe(true);
  });
  it('R105, R102: each flow logs its paper with the matching letter type', () => {
    expect(FLOW_SPECS['arbitration-award'].form?.letterTypes).toEqual(['arbitration-award']);
    expect(FLOW_SPECS['mediation-notice'].form?.letterTypes).toEqual(['mediation-notice']);
  });
});

describe('free legal help (R121)', () => {
  const sendsToHelpWithout12348 = (s: string) => /法律援助|legal aid/.test(s) && !s.includes('12348');
  it('R121: wherever the app sends people to a lawyer or legal aid, it names 12348', () => {
    expect(sendsToHelpWithout12348('需要时请咨询律师或法律援助机构。')).toBe(true);
    for (const lang of LANGS) {
      for (const file of readdirSync(path.join(LOCALES, lang))) {
        const strings = allStrings(load(lang, file.replace(/\.json$/, '')));
        expect(strings.filter(sendsToHelpWithout12348), `${lang}/${file}`).toEqual([]);
      }
    }
  });
});
