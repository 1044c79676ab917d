// The CLI's edges: where commands read and write, and how a usage error is told apart from bad input.
import { SitrepError } from '../core/errors.js';

export interface Io {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Writes one line and waits when the stream asks to, so a large output never piles up in memory. */
export function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(line + '\n', (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

export class UsageError extends SitrepError {
  readonly usage: string;
  constructor(message: string, usage: string) {
    super('BAD_ARGUMENT', message);
    this.usage = usage;
  }
}

export const usageError = (message: string, usage: string): UsageError => new UsageError(message, usage);
