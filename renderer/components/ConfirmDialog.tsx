import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children?: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly danger?: boolean;
  /** When false the confirm button is disabled (e.g. a required reason is still empty). */
  readonly canConfirm?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A modal built on <dialog>: the browser traps focus and turns Esc into "cancel", so the screen behind
 * never sees the keystroke. showModal() focuses the first control: the safe button, or the body's own input when it has one.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, cancelLabel, danger = false, canConfirm = true, onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <div className="dialog__body">
          <h2 id="dialog-title" className="dialog__title">
            {title}
          </h2>
          {children}
          <div className="dialog__buttons">
            <button type="button" className="button" onClick={onCancel}>
              {cancelLabel}
            </button>
            <button
              type="button"
              className={danger ? 'button button--danger' : 'button button--primary'}
              disabled={!canConfirm}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
