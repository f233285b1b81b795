// Logger: how steps and the library tell the user something that is not the
// verdict — a warning (a read-only token, a source not read), progress, debug
// detail. The Actions runtime writes workflow commands; the CLI writes to
// standard error; tests collect the lines.

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** A logger that keeps every line, for tests and for callers that print later. */
export class MemoryLogger implements Logger {
  readonly lines: Array<{ level: 'info' | 'warning' | 'debug'; message: string }> = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  get warnings(): string[] {
    return this.lines.filter((l) => l.level === 'warning').map((l) => l.message);
  }
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} };
