/**
 * Main's young generation is held at a modest size. V8 sizes it for throughput: a burst of work whose objects live
 * a little while (opening five years of months, searches over 50,000 rows) doubles it up to 2 × 64 MB, and it is
 * never given back while the app sits open all day (measured: 40 s idle, no shrink). Main is a quiet server for
 * one window. Held at its starting size (a few MB), what a search or the reminders build outlives two young
 * collections, lands in the old generation and waits there for a full one: after the benchmark's work, old space
 * held ~180 MB against ~120 MB. In an A/B of the benchmark's work (main's bundle in Node 24), held at 16 MB main
 * measured 288–293 MB, against 340 MB held small and 355–376 MB by V8's default, with open, saves, searches and
 * reminders no slower; `npm run bench` then measured 232–297 MB over five runs.
 *
 * The size limits themselves are fixed when the process starts and would have to come from a command line
 * Electron's main does not take from the app; the growth factor is read each time the space would grow, so it
 * can be set once the young generation has reached the size wanted.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';

export const YOUNG_GENERATION_MB = 16;
/** What stops the young generation from growing any further. */
export const HOLD_YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Lets the young generation grow until it is `megabytes` big, then holds it there (checked after each collection,
 * which is when it grows). Call first thing in main, and in anything that stands in for main (the benchmark's
 * child). Returns a function that stops watching (tests).
 */
export function holdYoungGeneration(megabytes: number = YOUNG_GENERATION_MB): () => void {
  const cap = megabytes * 1_048_576;
  const hold = (): boolean => {
    if (youngGenerationBytes() < cap) return false;
    setFlagsFromString(HOLD_YOUNG_GENERATION_FLAG);
    return true;
  };
  if (hold()) return () => undefined;
  const observer = new PerformanceObserver(() => {
    if (hold()) observer.disconnect();
  });
  observer.observe({ entryTypes: ['gc'] });
  return () => observer.disconnect();
}
