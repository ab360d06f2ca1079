#!/usr/bin/env node
/*
 * Offline check of the add-in manifest (office-addin-manifest's validator calls a web service; this one does not).
 * Checks what makes sideloading fail or the ribbon break: well-formed XML, ids and versions, https URLs, icons that
 * exist in assets/, requirement sets (ExcelApi ≥ 1.7), permissions, every resid resolving to a resource, and
 * string length limits. Usage: node scripts/validate-manifest.js [manifest.xml]. Exit code 1 on any problem.
 */
const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const DEV_ORIGIN = 'https://localhost:3000/';

function validateManifest(xml, { assetsDir } = {}) {
  const problems = [];
  const fail = (msg) => problems.push(msg);

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`XML is not well formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    isArray: (name) => ['Host', 'Set', 'Image', 'Url', 'String', 'Control', 'Group', 'OfficeTab', 'ExtensionPoint', 'AppDomain', 'Override'].includes(name),
  });
  const doc = parser.parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ['Root element must be OfficeApp'];
  if (app['@type'] !== 'TaskPaneApp') fail('OfficeApp xsi:type must be TaskPaneApp');

  const text = (v) => (typeof v === 'object' && v !== null ? v['#text'] : v);
  const id = String(text(app.Id) ?? '');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) fail(`Id must be a GUID, got "${id}"`);
  const version = String(text(app.Version) ?? '');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) fail(`Version must be n.n.n.n, got "${version}"`);
  if (text(app.DefaultLocale) !== 'vi-VN') fail('DefaultLocale must be vi-VN');
  if (!text(app.ProviderName)) fail('ProviderName is missing');

  for (const el of ['DisplayName', 'Description']) {
    const node = app[el];
    if (!node || !node['@DefaultValue']) fail(`${el} DefaultValue is missing`);
    else {
      const max = el === 'DisplayName' ? 125 : 250;
      if (node['@DefaultValue'].length > max) fail(`${el} is longer than ${max} characters`);
      if (!(node.Override || []).some((o) => o['@Locale'] === 'en-US' && o['@Value'])) fail(`${el} needs an en-US Override`);
      if (node['@DefaultValue'] !== node['@DefaultValue'].normalize('NFC')) fail(`${el} is not Unicode NFC`);
    }
  }

  const urls = [];
  const checkUrl = (where, url) => {
    if (!url) return fail(`${where}: URL missing`);
    urls.push(url);
    if (!/^https:\/\//.test(url)) fail(`${where}: URL must be https (${url})`);
  };
  const checkIcon = (where, url) => {
    checkUrl(where, url);
    if (assetsDir && url && url.startsWith(DEV_ORIGIN + 'assets/')) {
      const file = path.join(assetsDir, url.slice((DEV_ORIGIN + 'assets/').length));
      if (!fs.existsSync(file)) fail(`${where}: icon file ${path.relative(process.cwd(), file)} does not exist`);
    }
  };
  checkIcon('IconUrl', app.IconUrl && app.IconUrl['@DefaultValue']);
  checkIcon('HighResolutionIconUrl', app.HighResolutionIconUrl && app.HighResolutionIconUrl['@DefaultValue']);
  if (app.SupportUrl) checkUrl('SupportUrl', app.SupportUrl['@DefaultValue']);
  for (const d of (app.AppDomains && app.AppDomains.AppDomain) || []) checkUrl('AppDomain', text(d));

  const hosts = (app.Hosts && app.Hosts.Host) || [];
  if (!hosts.some((h) => h['@Name'] === 'Workbook')) fail('Hosts must contain Workbook (Excel)');

  const sets = (app.Requirements && app.Requirements.Sets && app.Requirements.Sets.Set) || [];
  const excelApi = sets.find((s) => s['@Name'] === 'ExcelApi');
  if (!excelApi) fail('Requirements must declare the ExcelApi set');
  else if (compareVersions(excelApi['@MinVersion'] || '1.1', '1.7') < 0) fail('ExcelApi MinVersion must be at least 1.7');

  checkUrl('SourceLocation', app.DefaultSettings && app.DefaultSettings.SourceLocation && app.DefaultSettings.SourceLocation['@DefaultValue']);
  if (text(app.Permissions) !== 'ReadWriteDocument') fail('Permissions must be ReadWriteDocument (marks and fixes write to the workbook)');

  const vo = app.VersionOverrides;
  if (!vo) {
    fail('VersionOverrides (ribbon button) is missing');
    return problems;
  }
  const res = vo.Resources || {};
  const resources = new Map();
  const addRes = (kind, list, max) => {
    for (const r of list || []) {
      const rid = r['@id'];
      if (!rid) { fail(`${kind} resource without id`); continue; }
      if (rid.length > 32) fail(`resource id "${rid}" is longer than 32 characters`);
      if (resources.has(rid)) fail(`resource id "${rid}" is defined twice`);
      resources.set(rid, { kind, value: r['@DefaultValue'] });
      if (kind === 'Image') checkIcon(`Image ${rid}`, r['@DefaultValue']);
      if (kind === 'Url') checkUrl(`Url ${rid}`, r['@DefaultValue']);
      if (max && (r['@DefaultValue'] || '').length > max) fail(`${kind} ${rid} is longer than ${max} characters`);
      for (const o of r.Override || []) if (max && (o['@Value'] || '').length > max) fail(`${kind} ${rid} override is longer than ${max} characters`);
    }
  };
  addRes('Image', res.Images && res.Images.Image);
  addRes('Url', res.Urls && res.Urls.Url);
  addRes('ShortString', res.ShortStrings && res.ShortStrings.String, 125);
  addRes('LongString', res.LongStrings && res.LongStrings.String, 250);

  // Every resid in the overrides must resolve to a resource of the right kind.
  const expected = { Image: 'Image', SourceLocation: 'Url', FunctionFile: 'Url', LearnMoreUrl: 'Url', Label: 'ShortString', Title: 'ShortString', Description: 'LongString' };
  let residCount = 0;
  const walk = (node, name) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, name));
    if (!node || typeof node !== 'object') return;
    if (node['@resid'] !== undefined) {
      residCount++;
      const r = resources.get(node['@resid']);
      if (!r) fail(`resid "${node['@resid']}" (${name}) has no resource`);
      else if (expected[name] && r.kind !== expected[name] && !(name === 'Title' && r.kind === 'ShortString')) {
        fail(`resid "${node['@resid']}" on ${name} should be a ${expected[name]}, is a ${r.kind}`);
      }
    }
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('@')) walk(v, k);
  };
  walk(vo.Hosts, 'Hosts');
  if (residCount === 0) fail('VersionOverrides has no resid references');

  const workbookHost = ((vo.Hosts && vo.Hosts.Host) || []).find((h) => h['@type'] === 'Workbook');
  if (!workbookHost) fail('VersionOverrides must have a Workbook host');
  else {
    const ff = workbookHost.DesktopFormFactor;
    if (!ff) fail('Workbook host needs DesktopFormFactor');
    else {
      if (!ff.FunctionFile) fail('DesktopFormFactor needs a FunctionFile');
      const tabs = (ff.ExtensionPoint || []).flatMap((e) => e.OfficeTab || []);
      const home = tabs.find((t) => t['@id'] === 'TabHome');
      if (!home) fail('The button must be on the Home tab (OfficeTab id="TabHome")');
      const controls = tabs.flatMap((t) => t.Group || []).flatMap((g) => g.Control || []);
      const buttons = controls.filter((c) => c['@type'] === 'Button' && c.Action && c.Action['@type'] === 'ShowTaskpane');
      if (buttons.length === 0) fail('No button opens the task pane');
      for (const b of buttons) {
        const label = resources.get(b.Label && b.Label['@resid']);
        if (!label || label.value !== 'Rà soát dữ liệu') fail(`Task pane button label must be "Rà soát dữ liệu"`);
        const sizes = ((b.Icon && b.Icon.Image) || []).map((i) => String(i['@size']));
        for (const s of ['16', '32', '80']) if (!sizes.includes(s)) fail(`Button icon size ${s} missing`);
      }
    }
  }
  return problems;
}

function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number), pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

if (require.main === module) {
  const file = process.argv[2] || 'manifest.xml';
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`Cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  const problems = validateManifest(xml, { assetsDir: path.join(path.dirname(path.resolve(file)), 'assets') });
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exitCode = 1;
  } else {
    console.log(`${file}: manifest is valid (Excel workbook, ExcelApi ≥ 1.7, ReadWriteDocument).`);
  }
}

module.exports = { validateManifest };
