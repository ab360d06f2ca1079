#!/usr/bin/env node
import { CLI } from '../core/strings/cli';
import { processIO } from './io';
import { runCli } from './main';

// Set exitCode and let Node end on its own: process.exit() here could cut off a large JSON still in the pipe.
runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(CLI.crash(e instanceof Error ? e.message : String(e)) + '\n');
    process.exitCode = 2;
  },
);
