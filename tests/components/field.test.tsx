// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '../../src/components/field.tsx';

afterEach(cleanup);

const described = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby')?.split(' ') ?? []).map(
    (id) => document.getElementById(id)?.textContent,
  );

describe('Field', () => {
  it('labels the control and reads its error before its hint', () => {
    render(
      <Field label="欠谁的钱" hint="例如银行名称" error="请写下欠谁的钱。" errorTestId="e" required>
        {(aria) => <input {...aria} />}
      </Field>,
    );
    const input = screen.getByLabelText('欠谁的钱');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(described(input)).toEqual(['请写下欠谁的钱。', '例如银行名称']);
    expect(screen.getByTestId('e')).not.toHaveAttribute('role');
  });

  it('without an error the control is neither invalid nor described by one; announce makes an error an alert', () => {
    const { rerender } = render(
      <Field label="口令" errorTestId="e">
        {(aria) => <input {...aria} />}
      </Field>,
    );
    const input = screen.getByLabelText('口令');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    rerender(
      <Field label="口令" error="口令至少要 8 个字符。" errorTestId="e" announce>
        {(aria) => <input {...aria} />}
      </Field>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('口令至少要 8 个字符。');
    expect(described(screen.getByLabelText('口令'))).toEqual(['口令至少要 8 个字符。']);
  });
});
