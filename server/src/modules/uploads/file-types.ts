// Upload types are decided by the bytes, never by the name or the client's label (magic numbers), and photos lose
// their metadata (EXIF/XMP hold GPS positions) before they are stored.
import type { UploadKind } from '../../../../types';

export interface Sniffed {
  mime: string;
}

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);
const ascii = (buf: Buffer, text: string, offset: number) => buf.subarray(offset, offset + text.length).toString('latin1') === text;

export function sniff(buf: Buffer): Sniffed | null {
  if (buf.length < 12) return null;
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png' };
  if (startsWith(buf, [0x1a, 0x45, 0xdf, 0xa3])) return { mime: 'audio/webm' }; // MediaRecorder in Chromium
  if (ascii(buf, 'OggS', 0)) return { mime: 'audio/ogg' }; // MediaRecorder in Firefox
  if (ascii(buf, 'ftyp', 4)) return { mime: 'audio/mp4' }; // AAC in MP4, WeChat's RecorderManager and Safari
  if (ascii(buf, 'ID3', 0) || (buf[0] === 0xff && ((buf[1] ?? 0) & 0xe0) === 0xe0)) return { mime: 'audio/mpeg' };
  if (ascii(buf, 'RIFF', 0) && ascii(buf, 'WAVE', 8)) return { mime: 'audio/wav' };
  if (ascii(buf, '%PDF-', 0)) return { mime: 'application/pdf' };
  return null;
}

export const ALLOWED: Record<UploadKind, { mimes: readonly string[]; maxBytes: number }> = {
  // Photos are compressed on the device first; 5 MB leaves room for a phone that could not.
  photo: { mimes: ['image/jpeg', 'image/png'], maxBytes: 5 * 1024 * 1024 },
  // A minute or two of speech in any of the formats phones record.
  voice: { mimes: ['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/mpeg', 'audio/wav'], maxBytes: 5 * 1024 * 1024 },
  // Signatures are drawn on a canvas and exported as PNG.
  signature: { mimes: ['image/png'], maxBytes: 1024 * 1024 },
  // 一企一档 documents: a licence or permit as a PDF scan or a photo of the paper.
  document: { mimes: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 10 * 1024 * 1024 },
};

/** JPEG: drop APP1 (Exif, XMP), APP13 (IPTC) and comment segments; keep everything needed to show the image. */
function stripJpeg(buf: Buffer): Buffer {
  const parts: Buffer[] = [buf.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= buf.length && buf[i] === 0xff) {
    const marker = buf[i + 1] ?? 0;
    if (marker === 0xda) break; // start of scan: the rest is image data
    const length = buf.readUInt16BE(i + 2);
    const drop = marker === 0xe1 || marker === 0xed || marker === 0xfe;
    if (!drop) parts.push(buf.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  parts.push(buf.subarray(i));
  return Buffer.concat(parts);
}

/** PNG: drop eXIf and textual chunks (which may carry positions or names). */
function stripPng(buf: Buffer): Buffer {
  const parts: Buffer[] = [buf.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= buf.length) {
    const length = buf.readUInt32BE(i);
    const type = buf.subarray(i + 4, i + 8).toString('latin1');
    const end = i + 12 + length;
    if (!['eXIf', 'tEXt', 'iTXt', 'zTXt'].includes(type)) parts.push(buf.subarray(i, end));
    i = end;
  }
  return Buffer.concat(parts);
}

export function stripMetadata(mime: string, buf: Buffer): Buffer {
  if (mime === 'image/jpeg') return stripJpeg(buf);
  if (mime === 'image/png') return stripPng(buf);
  return buf;
}
