/**
 * How long the runtime's downloads have left, from the rate of the last few
 * seconds: on a slow link the loading view says "about 12 s left" beside the
 * bytes. Nothing while it is too early to say (under a second of samples) or
 * when so little is left that it would only flicker.
 */
export class DownloadEstimate {
  private samples: { at: number; loaded: number }[] = [];

  constructor(
    /** The rate is taken over this much of the recent past (ms). */
    private readonly windowMs = 3000,
    /** Samples must span at least this long before an estimate is given (ms). */
    private readonly minSpanMs = 1000,
  ) {}

  /** Record `loaded` of `total` bytes at time `at` (ms); returns the seconds left, or null. */
  add(at: number, loaded: number, total: number): number | null {
    this.samples.push({ at, loaded });
    while (this.samples.length > 2 && at - this.samples[1].at >= this.windowMs) this.samples.shift();
    const first = this.samples[0];
    const span = at - first.at;
    if (span < this.minSpanMs || loaded <= first.loaded || total <= loaded) return null;
    const seconds = (total - loaded) / ((loaded - first.loaded) / span) / 1000;
    return seconds < 2 ? null : seconds;
  }
}

/** "about 12 s left", "about 3 min left". */
export function timeLeftText(seconds: number): string {
  return seconds < 90 ? `about ${Math.ceil(seconds)} s left` : `about ${Math.round(seconds / 60)} min left`;
}
