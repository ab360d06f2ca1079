import { promises as fs } from 'fs';
import * as path from 'path';
import { buildSampleWorkbook, SAMPLE_AS_OF_ISO } from '../core/sample/sampleWorkbook';
import { DEMO } from '../core/strings/cli';
import { workbookFromLayouts } from '../host/file/workbookFromLayouts';
import { processIO } from './io';
import { runCli } from './main';

/**
 * `npm run demo`: writes the synthetic sample out/mau-dang-bo-xa.xlsx, checks it as `dvcheck check --out out`
 * would, and prints the Vietnamese summary. Finding errors is the point of the demo, so it exits 0 unless it fails.
 */
async function demo(): Promise<number> {
  const io = processIO();
  const outDir = path.resolve(io.cwd, 'out');
  await fs.mkdir(outDir, { recursive: true });
  const sample = buildSampleWorkbook();
  const file = path.join(outDir, 'mau-dang-bo-xa.xlsx');
  await workbookFromLayouts(sample.sheets).xlsx.writeFile(file);
  io.stdout(DEMO.wroteSample(path.relative(io.cwd, file)) + '\n' + DEMO.checking + '\n\n');
  const code = await runCli(['check', path.relative(io.cwd, file), '--out', 'out', '--as-of', SAMPLE_AS_OF_ISO], io);
  if (code === 2) return 2;
  io.stdout(DEMO.done(path.join('out', 'mau-dang-bo-xa.checked.xlsx')) + '\n');
  return 0;
}

demo().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exitCode = 2;
  },
);
