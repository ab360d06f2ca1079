/* eslint-disable */
/*
 * Web build of the add-in: the task pane (taskpane.html), the ribbon's function file (commands.html), help page,
 * icons and the manifest, into dist/ (dist/node is the CLI's tsc output and is kept).
 *   npm run build:web        production bundle, offline, no certificates needed
 *   npm run dev-server       https://localhost:3000 with the Office dev certificates (office-addin-dev-certs)
 *   webpack --env uitest     the browser test page (pane + fake Excel) into .tmp/ui-build/ (tests/ui pass
 *                            --output-path to build each time into a folder of its own)
 * Production URL: set ADDIN_PROD_URL (e.g. https://addin.example.vn/) and the copied manifest points there, as in
 * the Office add-in template.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { standaloneConfig } = require('./src/standalone/build/webpackStandalone');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const URL_DEV = 'https://localhost:3000/';
const URL_PROD = process.env.ADDIN_PROD_URL || URL_DEV;

/** Only Office.js from Microsoft's CDN and our own files; nothing may be fetched from anywhere else. */
const CSP = [
  "default-src 'none'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  // Fluent UI (Griffel) inserts its CSS at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      configFile: path.resolve(__dirname, 'tsconfig.json'),
      transpileOnly: true,
      compilerOptions: { module: 'esnext', target: 'ES2019', sourceMap: true },
    },
  },
};

/**
 * Libraries (Fluent UI's focus manager Tabster, for one) ship ES2021 syntax such as `??=`; TypeScript lowers them
 * to ES2019 so the bundle runs in every webview Office 2021+ uses.
 */
const vendorRule = {
  test: /\.m?js$/,
  include: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      configFile: path.resolve(__dirname, 'tsconfig.json'),
      transpileOnly: true,
      instance: 'vendor',
      compilerOptions: { allowJs: true, checkJs: false, module: 'esnext', target: 'ES2019', sourceMap: false },
    },
  },
};

function common(dev) {
  return {
    target: ['web', 'es2019'],
    devtool: dev ? 'source-map' : false, // no eval: the CSP forbids it
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule, vendorRule] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

function addinConfig(dev) {
  return {
    ...common(dev),
    name: 'addin',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      // dist/node holds the command line (tsc); keep it.
      clean: { keep: (asset) => asset.startsWith('node') || asset.startsWith('standalone') },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: ['commands'],
        templateParameters: { csp: CSP },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(URL_DEV, 'g'), URL_PROD)),
          },
        ],
      }),
    ],
  };
}

function uiTestConfig() {
  return {
    ...common(true),
    devtool: false,
    mode: 'development',
    name: 'uitest',
    entry: { testpane: './src/taskpane/testing/testPage.tsx' },
    output: { path: path.resolve(__dirname, '.tmp/ui-build'), filename: '[name].js', clean: true },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'test-pane.html',
        template: './src/taskpane/testing/test-pane.html',
        chunks: ['testpane'],
      }),
    ],
  };
}

const webpackConfig = async (env = {}, argv = {}) => {
  if (env.uitest) return uiTestConfig();
  const dev = argv.mode === 'development';
  // The standalone offline page alone (its browser tests build it): dist/standalone/.
  if (env.standalone) return standaloneConfig(common(dev), dev, env.standaloneOut);
  const config = addinConfig(dev);
  if (process.env.WEBPACK_SERVE) {
    // Only when serving: the dev certificates live in the user's profile and may prompt to install.
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      client: { overlay: false },
      static: false,
    };
  }
  return [config, standaloneConfig(common(dev), dev)];
};

module.exports = webpackConfig;
module.exports.CSP = CSP;
