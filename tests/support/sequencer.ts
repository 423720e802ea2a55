import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of a run's test files. vitest's own keeps each project's files together; here the build
 * and browser files (one group, two at a time: vitest.config.ts) alternate, the heaviest of each first,
 * so that a build, which keeps about one core and a quarter busy, mostly runs beside a browser test,
 * which keeps about one and three quarters: together they fill two cores, where two browser tests
 * side by side were slower than one after the other.
 */
export class InterleavedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const byProject = new Map<string, TestSpecification[]>();
    for (const file of sorted) byProject.set(file.project.name, [...(byProject.get(file.project.name) ?? []), file]);
    const builds = byProject.get('build') ?? [];
    const browsers = byProject.get('e2e') ?? [];
    const interleaved: TestSpecification[] = [];
    for (let index = 0; index < Math.max(builds.length, browsers.length); index++) {
      if (browsers[index]) interleaved.push(browsers[index]!);
      if (builds[index]) interleaved.push(builds[index]!);
    }
    return [...sorted.filter((file) => file.project.name !== 'build' && file.project.name !== 'e2e'), ...interleaved];
  }
}
