import { spawnSync, spawn } from 'child_process';
import { existsSync, rmSync } from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs dvcheck in-process with captured streams. */
export async function runCliCaptured(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

export const REPO = path.resolve(__dirname, '../..');

/**
 * Compiles the node part (tsconfig.node.json) into a private folder inside the repo (so node_modules resolve)
 * and returns the path of its dvcheck.js. tsc still emits when someone else's file has a type error.
 */
export function buildNodeCli(): { bin: string; cleanup: () => void } {
  const outDir = path.join(REPO, 'dist', `.test-cli-${process.pid}-${Date.now()}`);
  spawnSync(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.node.json', '--outDir', outDir], {
    cwd: REPO,
    stdio: 'ignore',
  });
  const bin = path.join(outDir, 'cli', 'dvcheck.js');
  if (!existsSync(bin)) throw new Error(`build failed: ${bin} missing`);
  return { bin, cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Spawns `node bin args…` and collects everything it writes until it exits. */
export function spawnNode(bin: string, args: string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}
