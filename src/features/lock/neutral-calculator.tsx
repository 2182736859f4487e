import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './lock.css';

type Op = '+' | '-' | '×' | '÷';
const OPS: Record<Op, 'plus' | 'minus' | 'times' | 'divide'> = {
  '+': 'plus',
  '-': 'minus',
  '×': 'times',
  '÷': 'divide',
};
/** How long "=" must be held to leave the disguise. */
const EXIT_HOLD_MS = 2_000;

function apply(a: number, op: Op, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '×':
      return a * b;
    case '÷':
      return b === 0 ? Number.NaN : a / b;
  }
}

const show = (n: number): string =>
  Number.isFinite(n) ? String(Number.parseFloat(n.toPrecision(12))) : 'Error';

/**
 * Quick hide: a plain, working calculator that covers the app, with nothing on it that names 有据.
 * Holding "=" for two seconds (pointer or keyboard) comes back.
 */
export function NeutralCalculator({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation('lock');
  const [display, setDisplay] = useState('0');
  const [acc, setAcc] = useState<{ value: number; op: Op } | null>(null);
  const [fresh, setFresh] = useState(true);
  const hold = useRef<ReturnType<typeof setTimeout> | null>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const title = document.title;
    document.title = t('calculator.title');
    first.current?.focus();
    return () => {
      document.title = title;
      if (hold.current) clearTimeout(hold.current);
    };
  }, [t]);

  const digit = (d: string) => {
    if (fresh || display === '0' || display === 'Error') setDisplay(d === '.' ? '0.' : d);
    else if (!(d === '.' && display.includes('.'))) setDisplay(display + d);
    setFresh(false);
  };
  const operator = (op: Op) => {
    const value = Number.parseFloat(display);
    const result = acc && !fresh ? apply(acc.value, acc.op, value) : value;
    setDisplay(show(result));
    setAcc({ value: result, op });
    setFresh(true);
  };
  const equals = () => {
    if (!acc) return;
    setDisplay(show(apply(acc.value, acc.op, Number.parseFloat(display))));
    setAcc(null);
    setFresh(true);
  };
  const startHold = () => {
    if (hold.current) clearTimeout(hold.current);
    hold.current = setTimeout(onExit, EXIT_HOLD_MS);
  };
  const endHold = () => {
    if (hold.current) clearTimeout(hold.current);
    hold.current = null;
  };

  const key = (label: string, onClick: () => void, name?: string, wide = false) => (
    <button
      key={label}
      type="button"
      className={wide ? 'calc__key calc__key--wide' : 'calc__key'}
      aria-label={name}
      onClick={onClick}
    >
      {label}
    </button>
  );

  return (
    <section className="calc" aria-label={t('calculator.title')} data-testid="neutral-screen">
      <output className="calc__display" aria-label={t('calculator.display')} aria-live="polite">
        {display}
      </output>
      <div className="calc__keys">
        <button
          ref={first}
          type="button"
          className="calc__key calc__key--op"
          onClick={() => {
            setDisplay('0');
            setAcc(null);
            setFresh(true);
          }}
        >
          {t('calculator.clear')}
        </button>
        {(['÷', '×', '-'] as const).map((op) => key(op, () => operator(op), t(`calculator.${OPS[op]}`)))}
        {['7', '8', '9'].map((d) => key(d, () => digit(d)))}
        {key('+', () => operator('+'), t('calculator.plus'))}
        {['4', '5', '6'].map((d) => key(d, () => digit(d)))}
        {key('.', () => digit('.'), t('calculator.point'))}
        {['1', '2', '3'].map((d) => key(d, () => digit(d)))}
        <button
          type="button"
          className="calc__key calc__key--eq"
          aria-label={t('calculator.equals')}
          data-testid="calc-equals"
          onClick={equals}
          onPointerDown={startHold}
          onPointerUp={endHold}
          onPointerLeave={endHold}
          onPointerCancel={endHold}
          onKeyDown={(e) => {
            if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) startHold();
          }}
          onKeyUp={endHold}
          onContextMenu={(e) => e.preventDefault()}
        >
          =
        </button>
        {key('0', () => digit('0'), undefined, true)}
      </div>
    </section>
  );
}
