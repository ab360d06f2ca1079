import * as path from 'path';
import { readFileSync } from 'fs';
import { spawnSync } from 'child_process';
import { checkReportJsonSchema } from '../../src/core/findings';
import { serialFromIso } from '../../src/core/dates';
import { buildBenchMembers } from '../../src/core/sample/benchTable';
import { workbookFromLayouts } from '../../src/host/file/workbookFromLayouts';
import { buildNodeCli, REPO, runCliCaptured, spawnNode } from '../helpers/cli';
import { cfbBytes, makeTempDir, memberSheet, organisationSheet, writeBytes, writeWorkbook } from '../helpers/xlsx';

const AS_OF = '2025-12-30';

describe('dvcheck as a separate process (built with tsconfig.node.json)', () => {
  const dir = makeTempDir();
  let bin: string;
  let cleanup: () => void;

  beforeAll(async () => {
    ({ bin, cleanup } = buildNodeCli());
    await writeWorkbook(dir, 'ds.xlsx', [organisationSheet(), memberSheet()]);
    writeBytes(dir, 'cu.xls.xlsx', cfbBytes('Workbook')); // an Excel 97-2003 file renamed .xlsx
    const big = buildBenchMembers({ rows: 4000, faultRate: 1, asOf: serialFromIso(AS_OF)! });
    await workbookFromLayouts([{ data: big, widths: [], titleRows: [], headerRows: [0] }]).xlsx.writeFile(path.join(dir, 'lon.xlsx'));
  }, 300_000);

  afterAll(() => cleanup?.());

  it('package.json bin points at the built dvcheck with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.bin.dvcheck).toBe('dist/node/cli/dvcheck.js');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exit 1 with valid JSON when errors are found', async () => {
    const run = await spawnNode(bin, ['check', 'ds.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    const report = checkReportJsonSchema.parse(JSON.parse(run.stdout));
    expect(report.files[0].findings.length).toBeGreaterThan(0);
  });

  it('exit 2 and a Vietnamese message for an unreadable file', async () => {
    const run = await spawnNode(bin, ['check', 'cu.xls.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('là định dạng .xls cũ (Excel 97–2003)');
  });

  it('exit 0 for --help', async () => {
    const run = await spawnNode(bin, ['--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Mã thoát');
  });

  it('delivers a JSON of thousands of findings whole through a pipe', async () => {
    const run = await spawnNode(bin, ['check', 'lon.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    const report = checkReportJsonSchema.parse(JSON.parse(run.stdout));
    const inProcess = await runCliCaptured(['check', 'lon.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(report.files[0].findings.length).toBeGreaterThan(3000);
    expect(report).toEqual(JSON.parse(inProcess.stdout));
    expect(run.code).toBe(1);
  }, 240_000);

  it('npm run bench prints the issue\'s line last (a small table: BENCH_ROWS caps the sizes)', () => {
    const bench = path.join(path.dirname(path.dirname(bin)), 'bench', 'bench.js');
    const run = spawnSync(process.execPath, ['--expose-gc', bench], { cwd: REPO, env: { ...process.env, BENCH_ROWS: '3000' }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toMatch(
      /^bench: rows=3000 cells=60000 validate_s=\d+\.\d{3} nfc_pass_s=\d+\.\d{3} ratio=\d+\.\d peak_rss_mb=\d+$/,
    );
    expect(lines.some((l) => l.startsWith('office: rows=3000 cols=20 '))).toBe(true);
    expect(lines.some((l) => l.startsWith('reconcile: rows=3000 '))).toBe(true);
    expect(run.stderr).toBe('');
  }, 120_000);
});
