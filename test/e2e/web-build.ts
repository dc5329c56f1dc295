// Browser tests run against the built app: rebuild it when a web source is newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureWebBuild } from '../../src/cli/commands/serve.ts';
import { PROJECT_ROOT, WEB_DIST } from '../../src/server/paths.ts';

export function webBuildIsStale(): boolean {
  const built = path.join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(full) : statSync(full).mtimeMs > builtAt;
    });
  return newer(path.join(PROJECT_ROOT, 'src', 'web')) || statSync(path.join(PROJECT_ROOT, 'index.html')).mtimeMs > builtAt;
}

export const ensureFreshWebBuild = () => ensureWebBuild(webBuildIsStale());
