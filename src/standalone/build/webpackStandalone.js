/* eslint-disable */
/*
 * Build of the standalone offline page, dist/standalone/index.html (used by webpack.config.js).
 * The worker (parsing and checking) is bundled first by its own compiler and its code inlined into the page bundle
 * as a string: the page starts it from a Blob URL, because Chrome refuses workers loaded from file:// URLs.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = path.resolve(__dirname, '../../..');
/** Where the worker bundle is written before the page inlines it (one per mode, so two builds do not collide). */
const workerDir = (dev) => path.join(ROOT, '.tmp/standalone-worker', dev ? 'development' : 'production');

/**
 * Nothing leaves the computer: no connection of any kind (connect-src 'none'); scripts only from the page's own
 * folder; the worker from the Blob URL the page makes; Fluent UI inserts its CSS at run time.
 */
const STANDALONE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  'worker-src blob:',
  "connect-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** exceljs and JSZip expect Node's Buffer; the `buffer` package provides it. Node-only modules are left out. */
function browserNodeShims() {
  return {
    plugins: [new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] })],
    fallback: { fs: false, path: false, stream: false, crypto: false, os: false },
  };
}

/** exceljs's browser build is already ES5 and minified: lowering it again only slows the build. */
function withoutExcelJs(rules) {
  return rules.map((r) => (String(r.include) === String(/node_modules/) ? { ...r, exclude: /exceljs[\\/]dist/ } : r));
}

function workerConfig(common, dev) {
  const shims = browserNodeShims();
  return {
    ...common,
    target: ['webworker', 'es2019'],
    devtool: false,
    mode: dev ? 'development' : 'production',
    name: 'standalone-worker',
    entry: { worker: path.join(ROOT, 'src/standalone/worker/worker.ts') },
    output: { path: workerDir(dev), filename: 'worker.js', clean: false },
    resolve: { ...common.resolve, fallback: shims.fallback },
    module: { ...common.module, rules: withoutExcelJs(common.module.rules) },
    plugins: shims.plugins,
  };
}

/** Writes a file only when its content changes, so the page's watcher does not rebuild for nothing. */
function writeIfChanged(file, content, callback) {
  fs.readFile(file, (err, old) => {
    if (!err && Buffer.compare(old, Buffer.from(content)) === 0) return callback();
    fs.writeFile(file, content, callback);
  });
}

/** Builds the worker bundle before each compilation of the page. */
class BuildWorkerPlugin {
  constructor(config) {
    this.config = config;
  }
  apply(compiler) {
    compiler.hooks.beforeCompile.tapPromise('BuildWorkerPlugin', () =>
      new Promise((resolve, reject) => {
        const child = webpack(this.config);
        child.outputFileSystem = { ...fs, writeFile: writeIfChanged };
        child.run((err, stats) => {
          child.close(() => undefined);
          if (err) return reject(err);
          if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
          resolve();
        });
      }),
    );
  }
}

/** `outDir` (relative to the project) replaces dist/standalone, e.g. for the browser tests' quick build. */
function standaloneConfig(common, dev, outDir) {
  const serving = !!process.env.WEBPACK_SERVE;
  return {
    ...common,
    name: 'standalone',
    entry: { standalone: path.join(ROOT, 'src/standalone/index.tsx') },
    output: {
      path: path.join(ROOT, outDir || 'dist/standalone'),
      filename: '[name].[contenthash:8].js',
      // From disk the page's script is beside it; the dev server serves the page under /standalone/.
      publicPath: serving ? '/standalone/' : '',
      clean: true,
    },
    resolve: {
      ...common.resolve,
      alias: { ...(common.resolve && common.resolve.alias), 'standalone-worker-source$': path.join(workerDir(dev), 'worker.js') },
      fallback: browserNodeShims().fallback,
    },
    module: {
      ...common.module,
      rules: [{ test: /standalone-worker[\\/]\w+[\\/]worker\.js$/, type: 'asset/source' }, ...withoutExcelJs(common.module.rules)],
    },
    plugins: [
      new BuildWorkerPlugin(workerConfig(common, dev)),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: path.join(ROOT, 'src/standalone/index.html'),
        chunks: ['standalone'],
        templateParameters: { csp: STANDALONE_CSP },
      }),
    ],
  };
}

module.exports = { standaloneConfig, STANDALONE_CSP };
