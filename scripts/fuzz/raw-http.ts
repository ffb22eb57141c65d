// A bare HTTP/1.1 client over a TCP socket: the fuzzer must send what real clients never would (bytes that are not
// UTF-8 in the request line, a Content-Length that lies, broken chunking), which node's own http client refuses to.
// One connection per request (Connection: close), bound to a chosen 127.x.y.z source address so the per-IP sign-in
// rate limit does not swallow the whole run.
import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface RawExchange {
  /** every response read from the connection (a lying Content-Length can make the server see two requests) */
  responses: RawResponse[];
  /** set when the connection failed or timed out before a complete response */
  error: string | null;
}

export interface RawOptions {
  port: number;
  localAddress: string;
  /** HEAD responses announce a length but carry no body */
  head: boolean;
  timeoutMs: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');

function dechunk(data: Buffer, from: number): { body: Buffer; end: number } | null {
  const parts: Buffer[] = [];
  let at = from;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size)) return null;
    at = lineEnd + 2;
    if (size === 0) {
      const trailerEnd = data.indexOf('\r\n', at);
      return { body: Buffer.concat(parts), end: trailerEnd < 0 ? data.length : trailerEnd + 2 };
    }
    if (at + size > data.length) return null;
    parts.push(data.subarray(at, at + size));
    at += size + 2;
  }
}

/** Splits what the server sent into responses; a trailing partial response is dropped. */
export function parseResponses(data: Buffer, head: boolean): RawResponse[] {
  const responses: RawResponse[] = [];
  let at = 0;
  while (at < data.length) {
    const headerEnd = data.indexOf(CRLF2, at);
    if (headerEnd < 0) break;
    const [statusLine = '', ...lines] = data.subarray(at, headerEnd).toString('latin1').split('\r\n');
    const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
    if (!match) break;
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const status = Number(match[1]);
    const bodyStart = headerEnd + 4;
    if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) {
      if (status >= 200) responses.push({ status, headers, body: Buffer.alloc(0) });
      at = bodyStart;
      continue;
    }
    if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) {
      const chunked = dechunk(data, bodyStart);
      if (!chunked) break;
      responses.push({ status, headers, body: chunked.body });
      at = chunked.end;
      continue;
    }
    const length = headers['content-length'] === undefined ? data.length - bodyStart : Number(headers['content-length']);
    if (bodyStart + length > data.length) break;
    responses.push({ status, headers, body: data.subarray(bodyStart, bodyStart + length) });
    at = bodyStart + length;
  }
  return responses;
}

/**
 * Writes the request and reads until the server closes. `halfClose` ends our side right after the bytes (for bodies
 * that are shorter than announced: otherwise the server would wait for the rest until its own timeout).
 */
export function sendRaw(request: Buffer, options: RawOptions, halfClose: boolean): Promise<RawExchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | null = null;
    let settled = false;
    const socket = net.connect({ host: '127.0.0.1', port: options.port, localAddress: options.localAddress });
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const responses = parseResponses(Buffer.concat(chunks), options.head);
      resolve({ responses, error: responses.length > 0 ? null : error });
    };
    const timer = setTimeout(() => {
      error = `no complete answer in ${options.timeoutMs} ms`;
      socket.destroy();
      finish();
    }, options.timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The server may answer (413, 400) and close before it has read all we send: keep what arrived, ignore EPIPE.
    socket.on('error', (e: Error) => {
      error = e.message;
    });
    socket.on('close', finish);
    socket.on('connect', () => {
      socket.write(request);
      if (halfClose) socket.end();
    });
  });
}
