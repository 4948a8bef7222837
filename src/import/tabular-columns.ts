import type { IntakeColumn } from './tabular-layer';
import { parseAmount, parseDate, parseDegrees, parseEnum, parseInteger } from './tabular-values';

/** Column builders for intake layers: each names its header, staging column, parser, example and meaning. */

interface ColumnOptions {
  required?: boolean;
  aliases?: readonly string[];
  example: string;
  description: string;
}

type Base = Omit<IntakeColumn, 'type' | 'parse'>;

const base = (name: string, staging: string, o: ColumnOptions): Base => ({
  name,
  staging,
  aliases: o.aliases,
  required: o.required ?? true,
  example: o.example,
  description: o.description,
});

export const intakeColumn = {
  /** Text of at most `max` characters, optionally matching `pattern` (then `shape` says what is expected). */
  text(
    name: string,
    staging: string,
    max: number,
    o: ColumnOptions & { pattern?: RegExp; shape?: string; upper?: boolean },
  ): IntakeColumn {
    return {
      ...base(name, staging, o),
      type: 'text',
      parse: (text) => {
        const value = o.upper ? text.toUpperCase() : text;
        if (value.length > max) throw `must be at most ${max} characters`;
        if (o.pattern && !o.pattern.test(value)) throw `must be ${o.shape ?? `like ${o.example}`}`;
        return value;
      },
    };
  },
  int(name: string, staging: string, min: number, max: number, o: ColumnOptions): IntakeColumn {
    return { ...base(name, staging, o), type: 'int', parse: (text) => parseInteger(text, min, max) };
  },
  date(name: string, staging: string, o: ColumnOptions): IntakeColumn {
    return { ...base(name, staging, o), type: 'date', parse: parseDate };
  },
  amount(name: string, staging: string, min: number, max: number, o: ColumnOptions): IntakeColumn {
    return { ...base(name, staging, o), type: 'numeric', parse: (text) => parseAmount(text, min, max) };
  },
  degrees(name: string, staging: string, bound: number, o: ColumnOptions): IntakeColumn {
    return { ...base(name, staging, o), type: 'float8', parse: (text) => parseDegrees(text, bound) };
  },
  /** One of an enum's values, written as they are or with spaces, accents or another case ("Servidor del Pueblo"). */
  enumeration(name: string, staging: string, values: readonly string[], o: ColumnOptions): IntakeColumn {
    return { ...base(name, staging, o), type: 'text', parse: (text) => parseEnum(text, values) };
  },
};
