import { describe, expect, it } from 'vitest';
import { checkMigrationList, planMigrations } from '../../../electron/common/migrations/migration-plan';
import type { Migration } from '../../../electron/common/migrations/migration-plan';

const step = (version: number): Migration<null> => ({ version, name: `step ${version}`, run: () => Promise.resolve() });
const three = [step(2), step(3), step(4)];

describe('planMigrations', () => {
  it('stamps a folder with no record and no data with the app version', () => {
    expect(planMigrations({ recorded: undefined, hasData: false }, three, 4)).toEqual({ kind: 'stamp', version: 4 });
  });

  it('counts a folder with data and no record as version 1 and runs every step in order', () => {
    const plan = planMigrations({ recorded: undefined, hasData: true }, three, 4);
    expect(plan.kind === 'migrate' ? [plan.from, plan.steps.map((s) => s.version)] : plan).toEqual([1, [2, 3, 4]]);
  });

  it('runs only the steps after the recorded version (a resumed run)', () => {
    const plan = planMigrations({ recorded: 3, hasData: true }, three, 4);
    expect(plan.kind === 'migrate' ? plan.steps.map((s) => s.name) : plan).toEqual(['step 4']);
  });

  it('has nothing to do at the app version, recorded or (for version 1) not', () => {
    expect(planMigrations({ recorded: 4, hasData: true }, three, 4)).toEqual({ kind: 'current', version: 4 });
    expect(planMigrations({ recorded: undefined, hasData: true }, [], 1)).toEqual({ kind: 'current', version: 1 });
  });

  it('refuses a folder newer than the app', () => {
    expect(planMigrations({ recorded: 5, hasData: true }, three, 4)).toEqual({ kind: 'too_new', folderVersion: 5, appVersion: 4 });
    expect(planMigrations({ recorded: 2, hasData: false }, [], 1)).toEqual({ kind: 'too_new', folderVersion: 2, appVersion: 1 });
  });
});

describe('checkMigrationList', () => {
  it('accepts 2, 3, … current, and an empty list at version 1', () => {
    expect(() => checkMigrationList(three, 4)).not.toThrow();
    expect(() => checkMigrationList([], 1)).not.toThrow();
  });

  it('refuses a gap, a duplicate, a wrong order or a list that does not end at the current version', () => {
    expect(() => checkMigrationList([step(2), step(4)], 4)).toThrow(/expected 3/u);
    expect(() => checkMigrationList([step(2), step(2)], 2)).toThrow(/expected 3/u);
    expect(() => checkMigrationList([step(3), step(2)], 3)).toThrow(/expected 2/u);
    expect(() => checkMigrationList(three, 5)).toThrow(/end at version 4/u);
    expect(() => checkMigrationList([], 2)).toThrow(/end at version 1/u);
  });
});
