/**
 * Only the app's own frames may call main. Compared by parsed protocol and host, never by string prefix
 * (`app://refunddesk.evil/` must not pass).
 */
export function isSameOrigin(senderUrl: string | undefined, trustedOrigin: string): boolean {
  if (senderUrl === undefined || senderUrl === '') return false;
  let sender: URL;
  let trusted: URL;
  try {
    sender = new URL(senderUrl);
    trusted = new URL(trustedOrigin);
  } catch {
    return false;
  }
  return sender.protocol === trusted.protocol && sender.host === trusted.host;
}
