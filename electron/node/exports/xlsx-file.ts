/** Zips the workbook parts (exports/xlsx-parts.ts) into a `.xlsx` with fflate: deflated, `[Content_Types].xml` first. */
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { Sheet } from '../../common/exports/sheet';
import { workbookParts } from '../../common/exports/xlsx-parts';

export function xlsxBytes(sheet: Sheet, modified: Date): Uint8Array {
  const encoder = new TextEncoder();
  const parts = workbookParts(sheet);
  const entries: Zippable = {};
  // Some readers sniff the first entry to tell a workbook from any zip; insertion order is the zip's order.
  for (const [path, xml] of Object.entries(parts)) entries[path] = [encoder.encode(xml), { level: 6, mtime: modified }];
  return zipSync(entries);
}
