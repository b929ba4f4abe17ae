/**
 * Attached images as `data:` URLs in the packet's HTML, for what Chromium draws itself: printing, the
 * section-by-section fallback, and images pdf-lib cannot place (packet-render.ts). Apart from packet-render so
 * that preview and print do not load pdf-lib.
 */
import type { AttachmentContent, PacketRenderInput } from '../../common/packets/packet-html';
import type { GatheredPacket } from './packet-builder';

export function imageDataUrl(mediaType: string, bytes: Uint8Array): string {
  return `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** The render input with placed images inline again (`image`), for those `inline` picks: Chromium draws them. */
export function withInlineImages(packet: GatheredPacket, inline: (sha256: string) => boolean = () => true): PacketRenderInput {
  const content = new Map<string, AttachmentContent>();
  for (const [sha256, shown] of packet.render.content) {
    const figure = packet.figures.get(sha256);
    const bytes = packet.files.get(sha256);
    const toInline = shown.kind === 'placed_image' && figure !== undefined && bytes !== undefined && inline(sha256);
    content.set(sha256, toInline ? { kind: 'image', dataUrl: imageDataUrl(figure.mediaType, bytes) } : shown);
  }
  return { ...packet.render, content };
}

