import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** Structured JSON logs (pino) to stderr; the one place log format is decided. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { app: 'inburgering-kg' } }, pino.destination(2));
}
export type { Logger };
