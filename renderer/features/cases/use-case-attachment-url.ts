/**
 * A case file's bytes as a `blob:` URL for an <img>, like the refund's (refunds/detail/attachments): fetched
 * through `case.readAttachment` (which re-hashes the file), revoked when the thumbnail goes away.
 */
import { useEffect, useState } from 'react';
import { call, toWireError } from '../../bridge';
import type { AttachmentUrl } from '../refunds/detail/attachments/use-attachment-url';

export function useCaseAttachmentUrl(caseId: string, sha256: string): AttachmentUrl {
  const [state, setState] = useState<AttachmentUrl>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let url: string | undefined;
    call('case.readAttachment', { id: caseId, sha256 }).then(
      (content) => {
        if (!live) return;
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
  }, [caseId, sha256]);

  return state;
}
