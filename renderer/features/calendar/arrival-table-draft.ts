/** The arrival table as the settings form edits it (text inputs), and back to the owner's overrides. */
import { DEFAULT_ARRIVAL, isValidWindow } from '../../../electron/common/calendar/arrival-windows';
import type { ArrivalOverride, ArrivalRoute, ArrivalTable, ArrivalWindow, WindowUnit } from '../../../electron/common/calendar/arrival-windows';

export type UnitChoice = WindowUnit | 'unset';

export interface ArrivalDraftRow {
  readonly route: ArrivalRoute;
  readonly unit: UnitChoice;
  readonly min: string;
  readonly max: string;
}

export function draftOfTable(table: ArrivalTable): ArrivalDraftRow[] {
  return table.map((row) => ({
    route: row.route,
    unit: row.window?.unit ?? 'unset',
    min: row.window === undefined ? '' : String(row.window.min),
    max: row.window === undefined ? '' : String(row.window.max),
  }));
}

export function defaultDraftRow(route: ArrivalRoute): ArrivalDraftRow {
  const window = DEFAULT_ARRIVAL[route].window;
  return { route, unit: window?.unit ?? 'unset', min: window === undefined ? '' : String(window.min), max: window === undefined ? '' : String(window.max) };
}

function sameWindow(a: ArrivalWindow | undefined, b: ArrivalWindow | undefined): boolean {
  return a?.unit === b?.unit && a?.min === b?.min && a?.max === b?.max;
}

const WHOLE = /^\d{1,5}$/u;

/** Rows equal to their default are not overrides, so a later change of a default still reaches them. */
export function overridesOf(draft: readonly ArrivalDraftRow[]): { ok: true; value: ArrivalOverride[] } | { ok: false; route: ArrivalRoute } {
  const value: ArrivalOverride[] = [];
  for (const row of draft) {
    let window: ArrivalWindow | undefined;
    if (row.unit !== 'unset') {
      if (!WHOLE.test(row.min.trim()) || !WHOLE.test(row.max.trim())) return { ok: false, route: row.route };
      window = { unit: row.unit, min: Number(row.min.trim()), max: Number(row.max.trim()) };
      if (!isValidWindow(window)) return { ok: false, route: row.route };
    }
    if (!sameWindow(window, DEFAULT_ARRIVAL[row.route].window)) value.push({ route: row.route, ...(window === undefined ? {} : { window }) });
  }
  return { ok: true, value };
}
