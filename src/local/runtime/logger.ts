/**
 * Logger and console, captured into `runtime.logs` instead of Cloud Logging.
 * Source: Logger reference — log(data) and log(format, ...values) with %s substitution; getLog/clear.
 */
import { isDateValue } from '../../core/cells';
import { type Kernel, SPEC, uniformSpec } from './kernel';

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export interface LogEntry {
  readonly source: 'Logger' | 'console';
  readonly level: LogLevel;
  readonly message: string;
  /** Virtual time of the entry, ms since epoch. */
  readonly at: number;
}

function formatLogValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isDateValue(v)) return v.toString();
  if (
    v instanceof Error ||
    (typeof v === 'object' &&
      v !== null &&
      'message' in v &&
      'name' in v &&
      Object.prototype.toString.call(v) === '[object Error]')
  ) {
    const e = v as Error;
    return `${e.name}: ${e.message}`;
  }
  if (typeof v === 'object' && v !== null) {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

function substitute(format: string, values: readonly unknown[]): string {
  let i = 0;
  return format.replace(/%[sdif]/g, () => (i < values.length ? formatLogValue(values[i++]) : ''));
}

const LOGGER_SPEC = uniformSpec('Logger', 'utility', 'free');

export class LoggerImpl implements Pick<GoogleAppsScript.Base.Logger, 'clear'> {
  readonly [SPEC] = LOGGER_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly logs: LogEntry[],
  ) {}

  log(data: unknown, ...values: unknown[]): LoggerImpl {
    const message =
      values.length > 0 && typeof data === 'string' ? substitute(data, values) : formatLogValue(data);
    this.logs.push({ source: 'Logger', level: 'log', message, at: this.kernel.clock.now() });
    return this;
  }

  clear(): void {
    for (let i = this.logs.length - 1; i >= 0; i--)
      if (this.logs[i]?.source === 'Logger') this.logs.splice(i, 1);
  }
}

/** A console for the bundle (not counted as service calls). */
export function makeConsole(
  kernel: Kernel,
  logs: LogEntry[],
): Record<LogLevel, (...args: unknown[]) => void> {
  const at =
    (level: LogLevel) =>
    (...args: unknown[]) => {
      const first = args[0];
      const message =
        typeof first === 'string' && args.length > 1 && /%[sdif]/.test(first)
          ? substitute(first, args.slice(1))
          : args.map(formatLogValue).join(' ');
      logs.push({ source: 'console', level, message, at: kernel.clock.now() });
    };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}
