/**
 * Evidence files of realistic size, made here so the benchmark needs nothing from the network: PNG "phone
 * screenshots" (a white page, coloured bars for text, a little sensor-like noise so they do not compress to
 * nothing) and "scanned" PDFs (pdf-lib, one such image per page). Deterministic for a seed.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { Random } from '../../electron/common/demo/prng';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export interface ImageSpec {
  readonly seed: number;
  readonly width: number;
  readonly height: number;
  /** 0..255: per-pixel noise over the whole image (a photo of a slip); 0 for a clean screenshot. */
  readonly noise: number;
}

/** An RGB PNG: a screenshot-like page of text bars with noise. */
export function screenshotPng(spec: ImageSpec): Uint8Array {
  const random = new Random(spec.seed);
  const { width, height, noise } = spec;
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height, 0xff);
  const accent = [random.int(0, 200), random.int(60, 200), random.int(0, 120)];
  let lineEnd = -1;
  let lineColour = 0;
  for (let y = 0; y < height; y += 1) {
    raw[y * row] = 0; // filter: none
    if (y > lineEnd) {
      lineEnd = y + random.int(14, 40);
      lineColour = random.chance(0.55) ? random.int(0, 3) : -1;
    }
    const inBar = lineColour >= 0 && lineEnd - y > 6;
    const barFrom = Math.floor(width * 0.06);
    const barTo = Math.floor(width * (0.35 + random.next() * 0.55));
    for (let x = 0; x < width; x += 1) {
      const at = y * row + 1 + x * 3;
      // Inside a bar, strokes and gaps like text: about one bit per pixel, as a real screenshot's glyphs.
      const bar = inBar && x >= barFrom && x < barTo && random.chance(0.5);
      for (let c = 0; c < 3; c += 1) {
        const base = bar ? (lineColour === 0 ? (accent[c] ?? 0) : 40) : 250;
        const jitter = noise === 0 ? 0 : Math.floor((random.next() - 0.5) * noise);
        raw[at + c] = Math.max(0, Math.min(255, base + jitter));
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', new Uint8Array())]);
}

/** A "scanned statement": `pages` pages, each one noisy page image. */
export async function scannedPdf(seed: number, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let page = 0; page < pages; page += 1) {
    const image = await doc.embedPng(screenshotPng({ seed: seed * 31 + page, width: 1240, height: 1754, noise: 0 }));
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  // Fixed dates, so the same seed makes the same bytes (and the same SHA-256) on every run.
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

export interface EvidenceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The i-th file of a shop's evidence: mostly payment screenshots, some photos of slips, some scanned statements. */
export async function evidenceFile(seed: number, index: number, size: 'small' | 'realistic'): Promise<EvidenceFile> {
  const kind = index % 5;
  const scale = size === 'realistic' ? 1 : 0.4;
  if (kind === 4) return { name: `银行流水-${index}.pdf`, bytes: await scannedPdf(seed + index, size === 'realistic' ? 2 : 1) };
  if (kind === 3) {
    const spec = { seed: seed + index, width: Math.round(1200 * scale), height: Math.round(1600 * scale), noise: 24 };
    return { name: `签购单照片-${index}.png`, bytes: screenshotPng(spec) };
  }
  const spec = { seed: seed + index, width: Math.round(1080 * scale), height: Math.round(2340 * scale), noise: 0 };
  return { name: `微信支付截图-${index}.png`, bytes: screenshotPng(spec) };
}
