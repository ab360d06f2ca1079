import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const { validateManifest } = require(path.join(ROOT, 'scripts/validate-manifest.js')) as {
  validateManifest(xml: string, o?: { assetsDir?: string }): string[];
};
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const assetsDir = path.join(ROOT, 'assets');

describe('manifest.xml', () => {
  test('passes the offline validation (ids, https URLs, icons on disk, ExcelApi 1.7, resids)', () => {
    expect(validateManifest(xml, { assetsDir })).toEqual([]);
  });

  test('the validator catches what breaks sideloading', () => {
    const broken = xml
      .replace('MinVersion="1.7"', 'MinVersion="1.4"')
      .replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>')
      .replace('resid="Taskpane.Url"', 'resid="Missing.Url"')
      .replace('icon-80.png', 'icon-81.png')
      .replace('<Permissions>ReadWriteDocument', '<Permissions>ReadDocument');
    const problems = validateManifest(broken, { assetsDir });
    expect(problems).toEqual(expect.arrayContaining([
      'ExcelApi MinVersion must be at least 1.7',
      'SourceLocation: URL must be https (http://localhost:3000/taskpane.html)',
      'resid "Missing.Url" (SourceLocation) has no resource',
      expect.stringContaining('icon-81.png does not exist'),
      expect.stringContaining('Permissions must be ReadWriteDocument'),
    ]));
    expect(validateManifest('<OfficeApp><Id>', { assetsDir })[0]).toMatch(/not well formed/);
  });

  test('the icons are real PNG files of the declared sizes', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(assetsDir, `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});
