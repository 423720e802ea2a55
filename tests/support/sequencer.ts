import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Seconds each build and browser file took in a full run here (`CI=true npx vitest run`, two cores,
 * two files at a time), for the order on a clean clone, where vitest has no durations of its own, and
 * for a file whose kept duration is under a second (a browser file skipped without a browser). Only
 * the order depends on them: a file missing here counts as ten seconds.
 */
const MEASURED: Record<string, number> = {
  'tests/e2e/accessibility.test.ts': 94,
  'tests/build/starter.test.ts': 59,
  'tests/build/atomic-output.test.ts': 44,
  'tests/e2e/admin.test.ts': 33,
  'tests/build/determinism.test.ts': 22,
  'tests/build/quality.test.ts': 20,
  'tests/e2e/dev.test.ts': 17,
  'tests/build/quality-links.test.ts': 13,
  'tests/build/charts.test.ts': 13,
  'tests/build/quality-xss.test.ts': 12,
  'tests/build/default-locale.test.ts': 12,
  'tests/e2e/embeds.test.ts': 10,
  'tests/build/foundation.test.ts': 10,
  'tests/e2e/charts.test.ts': 9,
  'tests/build/check-build.test.ts': 9,
  'tests/build/admin.test.ts': 8,
  'tests/e2e/keyboard.test.ts': 6,
  'tests/e2e/search.test.ts': 5,
  'tests/build/monitoring.test.ts': 5,
  'tests/e2e/design.test.ts': 3,
  'tests/build/embeds.test.ts': 3,
  'tests/e2e/covers.test.ts': 2,
  'tests/build/subpath.test.ts': 2,
  'tests/build/search-site.test.ts': 1,
  'tests/build/search-recall.test.ts': 1,
  'tests/build/home.test.ts': 1,
  'tests/build/dataset-page.test.ts': 1,
};

/** A file to place: its kind (build or browser) and how long it takes. */
export interface Placed<T> {
  item: T;
  kind: string;
  seconds: number;
}

/**
 * The order in which two workers, each taking the next file as it comes free, run the longest files
 * first and a file of the other kind beside each (two browser files side by side were slower than one
 * after the other; a build beside a browser test fills the two cores). Simulates the two workers.
 */
export function twoLanes<T>(files: Placed<T>[]): T[] {
  const remaining = [...files].sort((a, b) => b.seconds - a.seconds);
  const lanes = [
    { free: 0, kind: '' },
    { free: 0, kind: '' },
  ];
  const order: T[] = [];
  while (remaining.length > 0) {
    const [lane, other] = lanes[0]!.free <= lanes[1]!.free ? [lanes[0]!, lanes[1]!] : [lanes[1]!, lanes[0]!];
    const busyBeside = other.free > lane.free ? other.kind : '';
    const index = Math.max(0, remaining.findIndex((file) => file.kind !== busyBeside));
    const [next] = remaining.splice(index, 1);
    order.push(next!.item);
    lane.free += next!.seconds;
    lane.kind = next!.kind;
  }
  return order;
}

/**
 * The order of a run's test files, all in one group, two at a time (vitest.config.ts): the build and
 * browser files as `twoLanes` places them, by the durations vitest kept from the last run, else by
 * MEASURED; then the unit files in vitest's own order, short ones that fill the gaps the two lanes
 * leave at the end. (vitest's own "failed files first" gives way to this order.)
 */
export class InterleavedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const lanes = (file: TestSpecification) => file.project.name === 'build' || file.project.name === 'e2e';
    const seconds = (file: TestSpecification) => {
      const kept = this.ctx.cache.getTestSpecificationResult(file)?.duration ?? 0;
      if (kept >= 1000) return kept / 1000;
      return MEASURED[path.relative(ROOT, file.moduleId).split(path.sep).join('/')] ?? 10;
    };
    const placed = sorted.filter(lanes).map((item) => ({ item, kind: item.project.name, seconds: seconds(item) }));
    return [...twoLanes(placed), ...sorted.filter((file) => !lanes(file))];
  }
}
