/** How much a benchmark run measures. `full` is `npm run bench`; `smoke` is the test suite's tiny run. */
export interface BenchProfile {
  name: 'full' | 'smoke';
  /** total published services of each synthetic size (the real ones included), ascending */
  sizes: number[];
  /** whether the real dataset gets every figure too, or only serves relevance and the first visit's JavaScript */
  measureRealDataset: boolean;
  /** concurrent clients for the search figures */
  searchConcurrency: number[];
  /** concurrent clients for the page figures */
  pageConcurrency: number[];
  /** seconds per measured load run (autocannon counts whole seconds), and runs per figure */
  durationSec: number;
  repeats: number;
  warmupSec: number;
  reindexRepeats: number;
  freshnessTrials: number;
  /** memory at rest: wait this long after the warm-up, then take this many samples 250 ms apart */
  restSettleMs: number;
  restSamples: number;
}

export const FULL_PROFILE: BenchProfile = {
  name: 'full',
  sizes: [1_000, 10_000, 100_000],
  measureRealDataset: true,
  searchConcurrency: [1, 16, 64],
  pageConcurrency: [1, 16],
  durationSec: 5,
  repeats: 3,
  warmupSec: 2,
  reindexRepeats: 3,
  freshnessTrials: 8,
  restSettleMs: 1500,
  restSamples: 8,
};

export const SMOKE_PROFILE: BenchProfile = {
  name: 'smoke',
  sizes: [200],
  // The real dataset's figures come from the same code as the synthetic size's; the smoke run skips them.
  measureRealDataset: false,
  searchConcurrency: [1],
  pageConcurrency: [1],
  durationSec: 1,
  repeats: 2,
  warmupSec: 0,
  reindexRepeats: 1,
  freshnessTrials: 1,
  restSettleMs: 250,
  restSamples: 3,
};
