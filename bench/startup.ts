// Time from `citybridge serve` to ready: first start on an empty PGlite folder (migrations + world
// import + seed), then a restart on the same folder. The web build is excluded (--no-web): it runs once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './server-process.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'citybridge-bench-start-'));
try {
  const first = await startServer({ port: 3211, dataDir, web: false });
  await first.stop();
  const restarts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const again = await startServer({ port: 3211, dataDir, web: false });
    restarts.push(again.readyMs);
    await again.stop();
  }
  restarts.sort((a, b) => a - b);
  console.log(`startup (PGlite, process spawn to ready): first start with import ${Math.round(first.readyMs)} ms; restart median of 3 ${Math.round(restarts[1])} ms`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
