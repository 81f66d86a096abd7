import { describe, expect, it, vi } from "vitest";
import { markFirstRowsPainted } from "./first-rows";

describe("the first rows' mark", () => {
  it("is set after the frame that shows the rows, once per page load", () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => frames.push(cb));
    const frame = (): void => frames.splice(0).forEach((cb) => cb(performance.now()));

    markFirstRowsPainted();
    expect(window.__fideleFirstRows).toBeUndefined();
    frame();
    expect(window.__fideleFirstRows, "not before the rows' frame was painted").toBeUndefined();
    frame();
    const first = window.__fideleFirstRows;
    expect(first).toBeGreaterThan(Date.now() - 60_000);
    expect(first).toBeLessThanOrEqual(Date.now() + 1);

    markFirstRowsPainted(); // the list drawn again, a later visit
    frame();
    frame();
    expect(window.__fideleFirstRows).toBe(first);
    vi.restoreAllMocks();
  });
});
