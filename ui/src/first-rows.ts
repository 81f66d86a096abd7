// When the first customer rows were painted after launch, as wall-clock milliseconds. The
// startup bench (tests/e2e/startup.bench.mjs) reads it and subtracts the process's start time
// from the kernel, so "launch to first rows" is timed by the app itself, not by the driver
// that started it (issue 18: ≤ 0.5 s at 100,000 customers).

declare global {
  interface Window {
    /** Set once per page load: `performance.timeOrigin + performance.now()` at the first frame after the rows. */
    __fideleFirstRows?: number;
  }
}

/**
 * Marks the first rows as painted, once. Two frames: the first callback runs before the frame
 * that shows the rows is painted, the second once it has been.
 */
export function markFirstRowsPainted(): void {
  if (window.__fideleFirstRows !== undefined) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      window.__fideleFirstRows ??= performance.timeOrigin + performance.now();
    }),
  );
}
