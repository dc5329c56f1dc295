// Starts `citybridge serve` as a child process and resolves when it prints its ready line.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/server/paths.ts';

export interface RunningServer { process: ChildProcess; readyMs: number; url: string; exited: Promise<void>; stop(): Promise<void> }

export function startServer(options: { port: number; dataDir?: string; databaseUrl?: string; web?: boolean; initialData?: boolean }): Promise<RunningServer> {
  const args = [path.join(PROJECT_ROOT, 'bin', 'citybridge.mjs'), 'serve', '--port', String(options.port), '--host', '127.0.0.1'];
  if (options.web === false) args.push('--no-web');
  if (options.initialData === false) args.push('--no-initial-data');
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: options.databaseUrl ?? '', CITYBRIDGE_DATA_DIR: options.dataDir ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Created before anything can happen, so a wait that starts after the exit still resolves.
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('citybridge ready on')) {
        resolve({
          process: child,
          readyMs: performance.now() - startedAt,
          url: `http://127.0.0.1:${options.port}`,
          exited,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready:\n${stderr.slice(-2000)}`)));
  });
}
