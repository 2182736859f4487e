// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAFARI_NOTICE_KEY, SafariNotice } from '../../src/app/safari-notice.tsx';
import { backupUrgent, EVICTION_URGENT_DAYS } from '../../src/features/my-data/backup-reminder.ts';
import { i18n, loadNamespaces } from '../../src/i18n/i18n.ts';

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('zh-CN');
  await loadNamespaces(['myData']);
});

afterEach(cleanup);

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

describe('the Safari notice', () => {
  it('shows nothing on a Mac without a touch screen', () => {
    render(<SafariNotice userAgent={MAC} />);
    expect(screen.queryByTestId('safari-notice')).not.toBeInTheDocument();
  });

  it('says plainly that Safari may clear the data and how to add the app to the home screen', () => {
    render(<SafariNotice userAgent={IPHONE} />);
    const notice = screen.getByTestId('safari-notice');
    expect(notice).toHaveTextContent('Safari 可能会清除');
    expect(notice).toHaveTextContent('「添加到主屏幕」');
    // The home-screen copy keeps its data apart: moving means a case pack, said before the user loses anything.
    expect(notice).toHaveTextContent('先在「我的数据」导出案件包');
  });

  it('explains once: closed, it stays closed on the next visit', () => {
    const first = render(<SafariNotice userAgent={IPHONE} />);
    fireEvent.click(screen.getByTestId('safari-notice-dismiss'));
    expect(screen.queryByTestId('safari-notice')).not.toBeInTheDocument();
    expect(localStorage.getItem(SAFARI_NOTICE_KEY)).toBe('1');
    first.unmount();
    render(<SafariNotice userAgent={IPHONE} />);
    expect(screen.queryByTestId('safari-notice')).not.toBeInTheDocument();
  });

  it('is complete in English', async () => {
    await i18n.changeLanguage('en');
    await loadNamespaces(['myData']);
    render(<SafariNotice userAgent={IPHONE} />);
    const notice = screen.getByTestId('safari-notice');
    expect(notice).toHaveTextContent('Safari may delete everything');
    expect(notice).toHaveTextContent('Add to Home Screen');
  });
});

describe('the backup reminder where Safari may delete the data', () => {
  it('is urgent when no pack was ever made, or the last is at least three days old', () => {
    expect(EVICTION_URGENT_DAYS).toBe(3);
    expect(backupUrgent({ days: null, count: 1 }, true)).toBe(true);
    expect(backupUrgent({ days: 3, count: 1 }, true)).toBe(true);
    expect(backupUrgent({ days: 2, count: 1 }, true)).toBe(false);
  });

  it('stays gentle elsewhere, however old the last pack', () => {
    expect(backupUrgent({ days: null, count: 5 }, false)).toBe(false);
    expect(backupUrgent({ days: 400, count: 5 }, false)).toBe(false);
  });
});
