// Fake terminal streams for calling `main()` in tests.
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

export interface FakeIo {
  io: Io;
  stdout: () => string;
  stderr: () => string;
}

export function fakeIo(stdin = ''): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _enc, done) {
        into.push(chunk.toString());
        done();
      },
    });
  return { io: { stdin: Readable.from([stdin]), stdout: sink(out), stderr: sink(err) }, stdout: () => out.join(''), stderr: () => err.join('') };
}
