#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so a checkout needs no compile step.
import { register } from 'tsx/esm/api';

register();
// `citybridge extract … | head`: a reader that stops early closes the pipe; that ends the output, it is not a crash
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
}
const { main } = await import('../src/cli/index.ts');
await main(process.argv);
