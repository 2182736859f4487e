// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from '../../src/app/update-banner.tsx';
import { FormGuardProvider, useFormGuard } from '../../src/components/form-guard.tsx';
import { ToastProvider } from '../../src/components/toast.tsx';
import { i18n } from '../../src/i18n/i18n.ts';
import { swControl } from './pwa-mock.ts';

vi.mock('virtual:pwa-register/react', async () => ({
  useRegisterSW: (await import('./pwa-mock.ts')).useRegisterSWMock,
}));

function Form() {
  const [text, setText] = useState('');
  useFormGuard(text !== '');
  return (
    <form>
      <input aria-label="note" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={() => setText('')}>
        save
      </button>
    </form>
  );
}

function Harness() {
  return (
    <FormGuardProvider>
      <ToastProvider>
        <UpdateBanner />
        <Form />
      </ToastProvider>
    </FormGuardProvider>
  );
}

beforeEach(async () => {
  swControl.needRefresh = false;
  swControl.offlineReady = false;
  swControl.updateServiceWorker.mockClear();
  await i18n.changeLanguage('zh-CN');
});

afterEach(cleanup);

describe('update banner', () => {
  it('stays hidden while no update is waiting', () => {
    render(<Harness />);
    expect(screen.queryByTestId('update-banner')).not.toBeInTheDocument();
  });

  it('applies a waiting update when no form is open', () => {
    swControl.needRefresh = true;
    render(<Harness />);
    expect(screen.getByTestId('update-banner')).toHaveTextContent('有新版本可以使用。');
    fireEvent.click(screen.getByTestId('update-apply'));
    expect(swControl.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('waits while a form holds unsaved input, and never reloads under it', () => {
    swControl.needRefresh = true;
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('note'), { target: { value: '14:05 来电' } });

    expect(screen.getByTestId('update-banner')).toHaveTextContent('请先保存或取消正在填写的内容');
    expect(screen.getByTestId('update-apply')).toBeDisabled();
    fireEvent.click(screen.getByTestId('update-apply'));
    expect(swControl.updateServiceWorker).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('save'));
    expect(screen.getByTestId('update-apply')).toBeEnabled();
    fireEvent.click(screen.getByTestId('update-apply'));
    expect(swControl.updateServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('can be put off for now', () => {
    swControl.needRefresh = true;
    render(<Harness />);
    fireEvent.click(screen.getByText('稍后'));
    expect(screen.queryByTestId('update-banner')).not.toBeInTheDocument();
    expect(swControl.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('says once that the app works offline', async () => {
    vi.useFakeTimers();
    try {
      swControl.offlineReady = true;
      render(<Harness />);
      expect(screen.getByTestId('offline-ready-toast')).toHaveTextContent('已可离线使用');
      await act(async () => {
        vi.advanceTimersByTime(5000);
      });
      expect(screen.queryByTestId('offline-ready-toast')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
