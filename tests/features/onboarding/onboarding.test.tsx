// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Onboarding } from '../../../src/features/onboarding/onboarding.tsx';
import { i18n } from '../../../src/i18n/i18n.ts';

beforeEach(async () => {
  await i18n.changeLanguage('zh-CN');
});

afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 });

describe('onboarding', () => {
  it('walks through three screens and ends with the not-legal-advice statement', () => {
    const onDone = vi.fn();
    render(<Onboarding onDone={onDone} />);

    expect(heading()).toHaveTextContent('有据能帮你做什么');
    expect(screen.getByText('第 1 步，共 3 步')).toBeInTheDocument();
    expect(screen.queryByTestId('onboarding-back')).not.toBeInTheDocument();
    expect(screen.queryByTestId('onboarding-done')).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId('onboarding-next'));
    expect(heading()).toHaveTextContent('数据只保存在这部手机上');
    expect(screen.getByTestId('onboarding')).toHaveTextContent('我的数据');
    expect(heading()).toHaveFocus();

    fireEvent.click(screen.getByTestId('onboarding-next'));
    expect(heading()).toHaveTextContent('这是信息，不是法律意见');
    expect(screen.getByTestId('onboarding')).toHaveTextContent('从不承诺任何结果');
    expect(screen.queryByTestId('onboarding-next')).not.toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('onboarding-done'));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('goes back', () => {
    render(<Onboarding onDone={() => undefined} />);
    fireEvent.click(screen.getByTestId('onboarding-next'));
    fireEvent.click(screen.getByTestId('onboarding-back'));
    expect(heading()).toHaveTextContent('有据能帮你做什么');
  });

  it('speaks English when asked', async () => {
    await i18n.changeLanguage('en');
    render(<Onboarding onDone={() => undefined} />);
    expect(heading()).toHaveTextContent('What Youju does');
    expect(screen.getByTestId('onboarding-next')).toHaveTextContent('Next');
  });
});
