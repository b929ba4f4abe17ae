/** Length limits of free text at the choke point; the renderer uses the same numbers for its inputs. */
export const TEXT_LIMITS = {
  identifier: 64,
  name: 100,
  reason: 500,
  // A note may hold a pasted chat or a long account of what happened; receipts and packets print it whole.
  note: 10_000,
  search: 200,
  id: 100,
} as const;
