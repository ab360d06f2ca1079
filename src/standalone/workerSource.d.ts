/** The worker bundle's code, inlined by the build (src/standalone/build/webpackStandalone.js). */
declare module 'standalone-worker-source' {
  const source: string;
  export default source;
}
