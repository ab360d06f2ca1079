/**
 * The bench's table sizes. BENCH_ROWS (a positive whole number) caps them, so that a test can check the output's
 * shape in seconds; `npm run bench` leaves it unset and measures the full sizes.
 */
export function benchRows(normal: number): number {
  const cap = Number(process.env.BENCH_ROWS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(normal, cap) : normal;
}
