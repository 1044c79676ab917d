// The CLI's edges: where commands read and write, and how a usage error is told apart from bad input.
import { SitrepError } from '../core/errors.js';

export interface Io {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Writes one line and resolves once the stream has taken it, so a large output never piles up in memory. A
 * write that fails (a reader that closed the pipe: EPIPE) rejects instead of waiting for a 'drain' that never comes.
 */
export function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(line + '\n', (err?: Error | null) => (err ? reject(err) : resolve()));
  });
}

/** A write failed because the reader went away (`sitrep export | head`): the command stops quietly. */
export const isClosedPipe = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
};

export class UsageError extends SitrepError {
  readonly usage: string;
  constructor(message: string, usage: string) {
    super('BAD_ARGUMENT', message);
    this.usage = usage;
  }
}

export const usageError = (message: string, usage: string): UsageError => new UsageError(message, usage);
