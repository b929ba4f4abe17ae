/**
 * An evidence file's bytes as a `blob:` URL for an <img>: fetched through `attachment.read` (which verifies
 * the hash), wrapped in a Blob with the type the app sniffed, revoked when the thumbnail goes away.
 * The CSP allows `img-src blob:`; nothing is ever loaded from a path.
 */
import { useEffect, useState } from 'react';
import type { WireError } from '../../../../../electron/common/domain/errors';
import { call, toWireError } from '../../../../bridge';

export type AttachmentUrl =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'failed'; readonly error: WireError };

export function useAttachmentUrl(refundId: string, sha256: string): AttachmentUrl {
  const [state, setState] = useState<AttachmentUrl>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let url: string | undefined;
    call('attachment.read', { refundId, sha256 }).then(
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
  }, [refundId, sha256]);

  return state;
}
