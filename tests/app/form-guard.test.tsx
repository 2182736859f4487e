// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormGuardProvider, useAnyFormDirty, useFormGuard } from '../../src/components/form-guard.tsx';

function Form({ dirty }: { dirty: boolean }) {
  useFormGuard(dirty);
  return null;
}

function Status() {
  return <p data-testid="status">{useAnyFormDirty() ? 'dirty' : 'clean'}</p>;
}

function Page({ a, b, showB = true }: { a: boolean; b: boolean; showB?: boolean }) {
  return (
    <FormGuardProvider>
      <Form dirty={a} />
      {showB && <Form dirty={b} />}
      <Status />
    </FormGuardProvider>
  );
}

function unloadIsBlocked(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

afterEach(cleanup);

describe('form guard', () => {
  it('is clean with no dirty form and lets the page unload', () => {
    render(<Page a={false} b={false} />);
    expect(screen.getByTestId('status')).toHaveTextContent('clean');
    expect(unloadIsBlocked()).toBe(false);
  });

  it('stays dirty until every dirty form is clean or gone, and warns before unload meanwhile', () => {
    const view = render(<Page a b />);
    expect(screen.getByTestId('status')).toHaveTextContent('dirty');
    expect(unloadIsBlocked()).toBe(true);

    view.rerender(<Page a={false} b />);
    expect(screen.getByTestId('status')).toHaveTextContent('dirty');

    view.rerender(<Page a={false} b showB={false} />);
    expect(screen.getByTestId('status')).toHaveTextContent('clean');
    expect(unloadIsBlocked()).toBe(false);
  });

  it('lets a form work without a provider', () => {
    render(<Form dirty />);
    expect(unloadIsBlocked()).toBe(false);
  });
});
