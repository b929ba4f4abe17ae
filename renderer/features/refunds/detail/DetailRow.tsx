import type { ReactNode } from 'react';

/** One label/value line of a detail block, as a description-list pair so screen readers read them together. */
export function DetailRow({ label, children, mono = false }: { readonly label: string; readonly children: ReactNode; readonly mono?: boolean }) {
  return (
    <div className="facts__row">
      <dt className="facts__label">{label}</dt>
      <dd className={`facts__value${mono ? ' cell--mono' : ''}`}>{children}</dd>
    </div>
  );
}
