/**
 * Further bench lines printed after the engine's, each a function returning one line ("office: …", "reconcile: …").
 * To add one: one line below, loading your module lazily so a missing or slow part does not affect the others.
 */
export type BenchExtra = () => Promise<string> | string;

export const BENCH_EXTRAS: BenchExtra[] = [
  () => require('./office').runOfficeBench(),
  () => require('./reconcile').runReconcileBench(),
];
