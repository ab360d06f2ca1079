import * as fs from 'fs';
import * as path from 'path';
import { buildTestPage } from './support/testPage';

const ROOT = path.resolve(__dirname, '../..');
const { CSP } = require(path.join(ROOT, 'webpack.config.js')) as { CSP: string };

jest.setTimeout(180_000);

describe('web build', () => {
  test('the bundle (app and libraries) parses as ES2019: it runs in every webview Office 2021+ uses', () => {
    const page = buildTestPage();
    const bundle = fs.readFileSync(path.join(path.dirname(page), 'testpane.js'), 'utf8');
    const acorn = require('acorn') as typeof import('acorn');
    expect(() => acorn.parse(bundle, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    // The same bundle does use later syntax before lowering, so the check can fail: ES2021 must be rejected.
    expect(() => acorn.parse('a ??= 1', { ecmaVersion: 2019 })).toThrow();
  });

  test('taskpane.html allows scripts from itself and Office.js only, and fetches nothing else', () => {
    const directives = new Map(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const [name, values] of directives) {
      if (name === 'script-src') continue;
      expect(values.filter((v) => /^https?:/.test(v))).toEqual([]);
    }
    const template = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(template).toContain('http-equiv="Content-Security-Policy" content="<%= csp %>"');
    const external = [...template.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });
});
