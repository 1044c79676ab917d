// Starting the app built by app.ts on a port, and stopping it cleanly (open requests finish, the store closes).
import type { FastifyInstance } from 'fastify';
import { SitrepError } from '../core/errors.js';
import type { OpenOptions } from '../store/index.js';

/**
 * How a server opens its ledger: a SQLite ledger is read through a memory map (as much of it as SQLite maps), since
 * a server lives long and mostly reads; a listed page reads a few hundred pages spread over the file.
 */
export const SERVER_STORE_OPTIONS: OpenOptions = { mmapSize: 2 ** 31 };

export interface ListenOptions {
  port?: number;
  host?: string;
}

// Why a listen failed, in words, by the system's error code; the code itself is shown too.
const LISTEN_FAILURES: Record<string, string> = {
  EADDRINUSE: 'the port is already in use',
  EACCES: 'permission denied (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'this machine has no such address',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  EINVAL: 'not a usable address',
};

/** Listens and returns the address to open in a browser. A port in use or a bad host is a SitrepError naming both. */
export async function listen(app: FastifyInstance, options: ListenOptions = {}): Promise<string> {
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 8080, host });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code || !(code in LISTEN_FAILURES)) throw e;
    throw new SitrepError('BAD_ARGUMENT', `cannot listen on port ${options.port ?? 8080}: ${LISTEN_FAILURES[code]} (${code})`, `--host ${host}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return `http://${shown}:${port}/`;
}

/** Closes the app and its store on SIGINT/SIGTERM; resolves when both are closed. */
export function closeOnSignal(app: FastifyInstance, onClose: () => Promise<void> = async () => {}): Promise<void> {
  return new Promise((resolve) => {
    const stop = async () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await app.close();
      await onClose();
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
