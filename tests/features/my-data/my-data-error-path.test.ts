import { beforeAll, describe, expect, it } from 'vitest';
import { pathSegments, plainPath } from '../../../src/features/my-data/error-path.ts';
import { i18n, loadNamespaces } from '../../../src/i18n/i18n.ts';

describe('pathSegments', () => {
  it('reads keys, indexes and quoted keys', () => {
    expect(pathSegments('entries[3].collector.side')).toEqual([
      { key: 'entries' },
      { index: 3 },
      { key: 'collector' },
      { key: 'side' },
    ]);
    expect(pathSegments('x["a b"][0]')).toEqual([{ key: 'x' }, { key: 'a b' }, { index: 0 }]);
    expect(pathSegments('debts[x]')).toBeNull();
  });
});

describe('plainPath', () => {
  beforeAll(async () => {
    // English is a lazily loaded chunk; getFixedT needs its words in place.
    // English and the my-data words are chunks of their own; getFixedT needs them in place.
    await i18n.loadLanguages('en');
    await i18n.changeLanguage('zh-CN');
    await loadNamespaces(['myData']);
  });
  const zh = () => i18n.getFixedT('zh-CN', 'myData');
  const en = () => i18n.getFixedT('en', 'myData');

  it('counts from one and names known fields with the raw key alongside', () => {
    expect(plainPath('entries[3].at', zh())).toBe('第 4 条记录 › 时间（at）');
    expect(plainPath('entries[3].at', en())).toBe('record 4 › time (at)');
    expect(plainPath('debts[0].agreements[1].months', en())).toBe(
      'debt 1 › agreement 2 › number of months (months)',
    );
    expect(plainPath('borrower.phones[0]', zh())).toBe('借款人（borrower） › 第 1 个电话号码');
  });

  it('keeps unknown keys as they are and names the root', () => {
    expect(plainPath('$', zh())).toBe('整个文件');
    expect(plainPath('entries[0].custom[2]', en())).toBe('record 1 › custom › item 3');
    expect(plainPath('["a b"]', en())).toBe('a b');
    expect(plainPath('not a [path', en())).toBe('not a [path');
  });
});
