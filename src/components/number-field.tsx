import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberLanguage, ParsedNumber } from '@/domain/number-input';
import { parseNumberInput } from '@/domain/number-input';
import { formatMoney, formatTypedNumber } from '@/i18n/format-money';

/** What a number field holds: the number read, or the text kept because it could not be read. */
export type NumberEntry = { value: number | null; input: string; currency: string | null };

type NumberFieldProps = {
  id: string;
  label: string;
  value: number | null;
  /** Text typed earlier that could not be read (kept with the record); empty when the value was read. */
  input: string;
  onChange: (entry: NumberEntry) => void;
  /** An amount of money: shown back with this currency (a currency typed into the field wins), never negative. */
  currency?: string;
};

function language(code: string): NumberLanguage {
  return code === 'pl' ? 'pl' : 'en';
}

/** The value as the field shows it when nobody is typing: the kept text, else the number in the language's format. */
function displayed(value: number | null, input: string, lng: string, money: boolean): string {
  if (input !== '') return input;
  if (value === null) return '';
  return money ? formatMoney(value, '', lng) : formatTypedNumber(value, lng);
}

/** True when the typed text stands for what is stored (so a re-render from the store keeps the user's own text). */
function agrees(parsed: ParsedNumber, text: string, value: number | null, input: string): boolean {
  if (parsed.kind === 'invalid') return text === input;
  if (parsed.kind === 'empty') return value === null && input === '';
  return input === '' && parsed.value === value;
}

/**
 * The one number field of the app: reads numbers and amounts the way people type them in the interface language
 * (src/domain/number-input.ts), shows what it understood beside them, and keeps unreadable text as typed, with a
 * message in words, so that nothing typed is lost.
 */
export function NumberField({ id, label, value, input, onChange, currency }: NumberFieldProps) {
  const { t, i18n } = useTranslation('workspace');
  const lng = i18n.language;
  const money = currency !== undefined;
  const shown = displayed(value, input, lng, money);
  const [text, setText] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  // A kept, unreadable entry explains itself at once; a new one after the user leaves the field.
  const [explain, setExplain] = useState(input !== '');
  const parsed = parseNumberInput(text, language(lng), { allowNegative: !money });
  if (shown !== lastShown) {
    setLastShown(shown);
    // The value changed elsewhere (another tab, an undo, the other language): follow it unless the text agrees.
    if (!agrees(parsed, text, value, input)) setText(shown);
  }
  const understood =
    parsed.kind === 'number'
      ? money
        ? formatMoney(parsed.value, parsed.currency ?? currency, lng)
        : formatTypedNumber(parsed.value, lng)
      : null;
  const problem = parsed.kind === 'invalid' && explain ? parsed.reason : null;
  const describedBy = [understood !== null ? `${id}-understood` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field number-field${problem ? ' invalid' : ''}`}>
      {/* What was understood sits on the label's line, so that the inputs of a row stay aligned. */}
      <div className="number-field-head">
        <label htmlFor={id}>{label}</label>
        {understood !== null && (
          <output id={`${id}-understood`} className="number-understood" htmlFor={id}>
            {t('numberField.understood', { value: understood })}
          </output>
        )}
      </div>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onBlur={() => {
          setExplain(true);
        }}
        onChange={(e) => {
          const typed = e.target.value;
          setText(typed);
          const next = parseNumberInput(typed, language(lng), { allowNegative: !money });
          if (next.kind === 'invalid') onChange({ value: null, input: typed, currency: null });
          else onChange({ value: next.kind === 'number' ? next.value : null, input: '', currency: next.kind === 'number' ? next.currency : null });
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {t(`numberField.problems.${problem}`, { text })}
        </p>
      )}
    </div>
  );
}
