#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so a checkout needs no compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
await main(process.argv);
