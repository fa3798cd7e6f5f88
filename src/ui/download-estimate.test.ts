import { describe, expect, it } from "vitest";
import { DownloadEstimate, timeLeftText } from "./download-estimate";

describe("DownloadEstimate", () => {
  it("says nothing until it has a second of samples, then the time left at the recent rate", () => {
    const estimate = new DownloadEstimate();
    expect(estimate.add(0, 0, 10_000_000)).toBeNull();
    expect(estimate.add(500, 500_000, 10_000_000)).toBeNull();
    // 1 MB/s: 9 MB left after 1 s.
    expect(estimate.add(1000, 1_000_000, 10_000_000)).toBeCloseTo(9);
  });

  it("follows the recent rate, not the average since the start", () => {
    const estimate = new DownloadEstimate(3000);
    // Fast at first (2 MB/s for 4 s), then slow (0.5 MB/s).
    for (let t = 0; t <= 4000; t += 250) estimate.add(t, t * 2000, 20_000_000);
    let left: number | null = null;
    for (let t = 4250; t <= 10_000; t += 250) left = estimate.add(t, 8_000_000 + (t - 4000) * 500, 20_000_000);
    // 11 MB loaded at 10 s, 9 MB left at 0.5 MB/s.
    expect(left).toBeCloseTo(18);
  });

  it("says nothing when almost done or when nothing arrives", () => {
    const estimate = new DownloadEstimate();
    estimate.add(0, 0, 1_000_000);
    expect(estimate.add(1000, 900_000, 1_000_000)).toBeNull(); // 0.1 s left
    const stalled = new DownloadEstimate();
    stalled.add(0, 100, 1_000_000);
    expect(stalled.add(2000, 100, 1_000_000)).toBeNull();
  });

  it("words it in seconds, then minutes", () => {
    expect(timeLeftText(11.2)).toBe("about 12 s left");
    expect(timeLeftText(185)).toBe("about 3 min left");
  });
});
