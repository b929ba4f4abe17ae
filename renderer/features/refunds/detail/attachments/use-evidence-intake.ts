/**
 * Where files come from on the detail screen: the hidden file input, a drop anywhere on the page, and Ctrl+V.
 * Each file is sent on its own, one after the other; files the app refuses are collected with their names so
 * the panel can say which one was not added and why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../electron/common/domain/errors';
import { carriesFiles, filesOf, readPicked } from './file-intake';
import type { PickedFile } from './file-intake';

export interface Refusal {
  readonly name: string;
  readonly error: WireError;
}

export interface EvidenceIntake {
  readonly addFiles: (files: readonly File[]) => Promise<void>;
  readonly refusals: readonly Refusal[];
  readonly dragging: boolean;
  readonly saving: boolean;
}

export function useEvidenceIntake(onAdd: (file: PickedFile) => Promise<WireError | undefined>): EvidenceIntake {
  const { t } = useTranslation();
  const [refusals, setRefusals] = useState<readonly Refusal[]>([]);
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  // The screen passes a new onAdd each render; the window listeners must not be re-attached for that,
  // or a re-render in the middle of a drag would lose count of dragenter/dragleave.
  const onAddRef = useRef(onAdd);
  useEffect(() => {
    onAddRef.current = onAdd;
  }, [onAdd]);

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setSaving(true);
      const refused: Refusal[] = [];
      try {
        for (const file of files) {
          const intake = await readPicked(file, t('attachments.pastedName'));
          if (!intake.ok) {
            refused.push({ name: intake.name, error: intake.error });
            continue;
          }
          const error = await onAddRef.current(intake.file);
          if (error !== undefined) refused.push({ name: intake.file.name, error });
        }
      } finally {
        setRefusals(refused);
        setSaving(false);
      }
    },
    [t],
  );

  useEffect(() => {
    // Files dropped outside a drop target would make the page navigate to them: every drop is handled here.
    let depth = 0;
    function onDragEnter(event: DragEvent): void {
      if (!carriesFiles(event.dataTransfer)) return;
      depth += 1;
      setDragging(true);
    }
    function onDragLeave(event: DragEvent): void {
      if (!carriesFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function onDragOver(event: DragEvent): void {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent): void {
      depth = 0;
      setDragging(false);
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      void addFiles(filesOf(event.dataTransfer));
    }
    function onPaste(event: ClipboardEvent): void {
      // Pasted text goes where the cursor is, as usual; only files become evidence.
      const files = filesOf(event.clipboardData);
      if (files.length === 0) return;
      event.preventDefault();
      void addFiles(files);
    }
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [addFiles]);

  return { addFiles, refusals, dragging, saving };
}
