import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { buildNodeCli, spawnNode } from '../helpers/cli';
import { makeTempDir, memberSheet, organisationSheet, writeWorkbook } from '../helpers/xlsx';

/** `dvcheck fix` as a separate process: the exit codes and streams a script sees. */
describe('dvcheck fix as a separate process', () => {
  const dir = makeTempDir('dvcheck-fix-spawn-');
  let bin: string;
  let cleanup: () => void;
  let input: string;

  beforeAll(async () => {
    ({ bin, cleanup } = buildNodeCli());
    input = await writeWorkbook(dir, 'ds.xlsx', [organisationSheet(), memberSheet()]);
  }, 300_000);

  afterAll(() => cleanup?.());

  it('exit 0, the repaired copy written, the input untouched', async () => {
    const hash = createHash('sha256').update(readFileSync(input)).digest('hex');
    const run = await spawnNode(bin, ['fix', 'ds.xlsx', '--out', 'ds-da-sua.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Đã sửa \d+ ô/);
    expect(existsSync(path.join(dir, 'ds-da-sua.xlsx'))).toBe(true);
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(hash);
  });

  it('exit 2 with the list of fixable rules for a rule that needs a human', async () => {
    const run = await spawnNode(bin, ['fix', 'ds.xlsx', '--out', 'x.xlsx', '--rules', 'duplicate-id'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('duplicate-id');
    expect(run.stderr).toContain('date-text');
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});
