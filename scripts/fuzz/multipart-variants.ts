// Multipart bodies for the upload route (field "file"): real tiny files of each accepted kind, and the broken ones a
// phone on a bad connection or a hostile client sends: truncated, no boundary, wrong field, files whose bytes lie
// about their type, image segments with impossible lengths, too many parts, too large.
import type { Random } from '../crash/seeded-random';
import type { Body } from './body-variants';

/** 1x1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** The start of a JPEG with an APP0 segment and an Exif (APP1) segment, then start-of-scan. */
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'),
  Buffer.from([0xff, 0xe1, 0x00, 0x08]),
  Buffer.from('Exif\0\0', 'latin1'),
  Buffer.from([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0xff, 0xd9]),
]);
/** A WAV header with no samples. */
const WAV = Buffer.concat([Buffer.from('RIFF\x24\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\x40\x1f\0\0\x80\x3e\0\0\x02\0\x10\0data\0\0\0\0', 'latin1')]);

export const MULTIPART_VARIANTS = [
  'png',
  'jpeg',
  'wav',
  'jpeg-zero-length-segments',
  'jpeg-segment-past-end',
  'png-chunk-length-huge',
  'png-signature-only',
  'text-named-png',
  'empty-file',
  'wrong-field-name',
  'two-files',
  'fields-only',
  'truncated',
  'no-boundary',
  'boundary-mismatch',
  'too-many-parts',
  'huge-file',
  'traversal-filename',
] as const;

const BOUNDARY = 'fuzzboundary7MA4YWxkTrZu0gW';

function part(name: string, content: Buffer, filename: string | null, type = 'application/octet-stream'): Buffer {
  const disposition = filename === null ? `form-data; name="${name}"` : `form-data; name="${name}"; filename="${filename}"`;
  return Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${type}\r\n\r\n`, 'utf8'), content, Buffer.from('\r\n')]);
}

const closing = Buffer.from(`--${BOUNDARY}--\r\n`);
const form = (...parts: Buffer[]) => Buffer.concat([...parts, closing]);
const multipartType = `multipart/form-data; boundary=${BOUNDARY}`;

export function multipartBody(variant: number, random: Random): Body {
  const label = MULTIPART_VARIANTS[variant % MULTIPART_VARIANTS.length] ?? 'png';
  const body = (bytes: Buffer, contentType: string = multipartType): Body => ({ bytes, contentType, label: `multipart-${label}` });
  switch (label) {
    case 'png':
      return body(form(part('file', PNG, 'a.png', 'image/png')));
    case 'jpeg':
      return body(form(part('file', JPEG, 'a.jpg', 'image/jpeg')));
    case 'wav':
      return body(form(part('file', WAV, 'a.wav', 'audio/wav')));
    case 'jpeg-zero-length-segments':
      return body(form(part('file', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x00, 0xff, 0xe1, 0x00, 0x00, 0xff, 0xe1, 0x00, 0x01, 0x00, 0x00]), 'a.jpg')));
    case 'jpeg-segment-past-end':
      return body(form(part('file', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]), 'a.jpg')));
    case 'png-chunk-length-huge': {
      const chunk = Buffer.from([0xff, 0xff, 0xff, 0xf0, 0x74, 0x45, 0x58, 0x74, 1, 2, 3, 4, 5, 6, 7, 8]);
      return body(form(part('file', Buffer.concat([PNG.subarray(0, 8), chunk]), 'a.png')));
    }
    case 'png-signature-only':
      return body(form(part('file', Buffer.concat([PNG.subarray(0, 8), Buffer.from([0, 0, 0])]), 'a.png')));
    case 'text-named-png':
      return body(form(part('file', Buffer.from('<svg onload=alert(1)></svg> not an image at all'), 'a.png', 'image/png')));
    case 'empty-file':
      return body(form(part('file', Buffer.alloc(0), 'a.png', 'image/png')));
    case 'wrong-field-name':
      return body(form(part('upload', PNG, 'a.png', 'image/png')));
    case 'two-files':
      return body(form(part('file', PNG, 'a.png', 'image/png'), part('file', PNG, 'b.png', 'image/png')));
    case 'fields-only':
      return body(form(part('kind', Buffer.from('photo'), null), part('note', Buffer.from('其其格'), null)));
    case 'truncated': {
      const full = form(part('file', PNG, 'a.png', 'image/png'));
      return body(full.subarray(0, random.int(10, full.length - 10)));
    }
    case 'no-boundary':
      return body(form(part('file', PNG, 'a.png')), 'multipart/form-data');
    case 'boundary-mismatch':
      return body(form(part('file', PNG, 'a.png')), 'multipart/form-data; boundary=somethingelse');
    case 'too-many-parts':
      return body(form(...Array.from({ length: 12 }, (_, i) => part(`f${i}`, Buffer.from('x'), null)), part('file', PNG, 'a.png')));
    case 'huge-file': {
      const size = random.pick([1024 * 1024 + 10, 2 * 1024 * 1024]);
      return body(form(part('file', Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(size, 0x41)]), 'big.png', 'image/png')));
    }
    case 'traversal-filename':
      return body(form(part('file', PNG, '../../../../etc/passwd\u0000.png', 'image/png')));
  }
}
