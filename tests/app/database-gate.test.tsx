// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseGate, type OpenDb } from '../../src/app/database-gate.tsx';
import { DatabaseNewerError, DatabaseUnavailableError, openDatabase } from '../../src/data/db.ts';
import { useDb } from '../../src/data/hooks/db-context.tsx';
import { i18n } from '../../src/i18n/i18n.ts';

function NeedsDb() {
  const db = useDb();
  return <p data-testid="child">{db.name}</p>;
}

beforeEach(async () => {
  await i18n.changeLanguage('zh-CN');
});

afterEach(cleanup);

describe('database gate', () => {
  it('renders the screens with the opened database', async () => {
    const indexedDB = new IDBFactory();
    const openDb: OpenDb = (o) => openDatabase({ ...o, indexedDB, IDBKeyRange });
    render(
      <DatabaseGate openDb={openDb}>
        <NeedsDb />
      </DatabaseGate>,
    );
    expect(screen.getByTestId('db-opening')).toBeInTheDocument();
    expect(await screen.findByTestId('child')).toHaveTextContent('youju');
  });

  it.each([
    ['newer', new DatabaseNewerError(2, 1), '需要更新有据'],
    ['unavailable', new DatabaseUnavailableError('no-indexeddb'), '无法在本机保存数据'],
    ['unknown', new Error('boom'), '打不开本机数据'],
  ])('explains a %s database instead of rendering the screens', async (kind, error, title) => {
    const openDb: OpenDb = () => Promise.reject(error);
    render(
      <DatabaseGate openDb={openDb}>
        <NeedsDb />
      </DatabaseGate>,
    );
    const problem = await screen.findByTestId('db-problem');
    expect(problem).toHaveAttribute('data-problem', kind);
    expect(problem).toHaveTextContent(title);
    expect(screen.queryByTestId('child')).not.toBeInTheDocument();
  });

  it('keeps the screens visible but says to reload when another tab upgrades the database', async () => {
    const indexedDB = new IDBFactory();
    let versionChange: (() => void) | undefined;
    const openDb: OpenDb = (o) => {
      versionChange = o.onVersionChange;
      return openDatabase({ ...o, indexedDB, IDBKeyRange });
    };
    render(
      <DatabaseGate openDb={openDb}>
        <NeedsDb />
      </DatabaseGate>,
    );
    const child = await screen.findByTestId('child');
    act(() => versionChange?.());
    expect(screen.getByTestId('db-problem')).toHaveAttribute('data-problem', 'closed');
    // The same element, not a remount: a remount would drop whatever a form below holds.
    expect(screen.getByTestId('child')).toBe(child);
  });

  it('asks to close the other tab while the upgrade is blocked, then opens by itself', async () => {
    const indexedDB = new IDBFactory();
    let unblock: (() => void) | undefined;
    const openDb: OpenDb = (o) => {
      o.onBlocked?.();
      return new Promise<void>((resolve) => (unblock = resolve)).then(() =>
        openDatabase({ ...o, indexedDB, IDBKeyRange }),
      );
    };
    render(
      <DatabaseGate openDb={openDb}>
        <NeedsDb />
      </DatabaseGate>,
    );
    const problem = await screen.findByTestId('db-problem');
    expect(problem).toHaveAttribute('data-problem', 'blocked');
    expect(problem).toHaveTextContent('请先关闭其他有据页面');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('child')).not.toBeInTheDocument();
    act(() => unblock?.());
    expect(await screen.findByTestId('child')).toBeInTheDocument();
    expect(screen.queryByTestId('db-problem')).not.toBeInTheDocument();
  });
});
