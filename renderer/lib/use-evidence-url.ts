/**
 * An evidence file's bytes as a `blob:` URL for an <img>: fetched through `attachment.read` (a refund's file) or
 * `case.readAttachment` (a case's), both of which re-hash the bytes; wrapped in a Blob with the type the app
 * sniffed; revoked when the thumbnail goes away. The CSP allows `img-src blob:`; nothing is loaded from a path.
 */
import { useEffect, useState } from 'react';
import type { WireError } from '../../electron/common/domain/errors';
import type { AttachmentContent } from '../../electron/common/ipc/contract-attachments';
import { call, toWireError } from '../bridge';

export type EvidenceUrl =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'failed'; readonly error: WireError };

/** Whose file: a refund's or a case's (they share one content-addressed store, but each checks its own record). */
export type EvidenceOwner = { readonly kind: 'refund'; readonly id: string } | { readonly kind: 'case'; readonly id: string };

function read(owner: EvidenceOwner, sha256: string): Promise<AttachmentContent> {
  return owner.kind === 'refund' ? call('attachment.read', { refundId: owner.id, sha256 }) : call('case.readAttachment', { id: owner.id, sha256 });
}

export function useEvidenceUrl(owner: EvidenceOwner, sha256: string): EvidenceUrl {
  const [state, setState] = useState<EvidenceUrl>({ kind: 'loading' });
  const { kind, id } = owner;

  useEffect(() => {
    let live = true;
    let url: string | undefined;
    read({ kind, id }, sha256).then(
      (content) => {
        if (!live) return;
        // Copy into a fresh ArrayBuffer-backed array: Blob wants ArrayBuffer, not a possibly shared buffer.
        url = URL.createObjectURL(new Blob([new Uint8Array(content.bytes)], { type: content.mediaType }));
        setState({ kind: 'ready', url });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', error: toWireError(error) });
      },
    );
    return () => {
      live = false;
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [kind, id, sha256]);

  return state;
}
