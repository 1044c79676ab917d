// Starting the app built by app.ts on a port, and stopping it cleanly (open requests finish, the store closes).
import type { FastifyInstance } from 'fastify';

export interface ListenOptions {
  port?: number;
  host?: string;
}

/** Listens and returns the address to open in a browser. */
export async function listen(app: FastifyInstance, options: ListenOptions = {}): Promise<string> {
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 8080, host });
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
