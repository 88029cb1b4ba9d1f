// A static file server for the benchmark: serves one built folder on localhost the way the
// project's own `npm run serve` (vite preview) does — gzip at zlib's default level for text
// types of 1 kB or more — with `Cache-Control: no-cache`, so only the service worker can skip the
// network. `encoding: 'br'` serves brotli like a precompressing static host, `'identity'` serves
// the bytes as built. The app and the floor are always served the same way, so their ratios
// compare like with like. Bench-only code (Node).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.cur': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing (fonts, images and sounds are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.map',
  '.txt',
]);

export type Encoding = 'identity' | 'gzip' | 'br';

/** vite preview (@polka/compression) leaves bodies under this size unencoded. */
const MIN_ENCODED_BYTES = 1024;

export interface StaticServer {
  readonly origin: string;
  readonly root: string;
  close(): Promise<void>;
}

interface Encoded {
  readonly identity: Buffer;
  readonly encoded?: Buffer;
}

export interface ServeOptions {
  /** Content encoding offered when the browser accepts it (default: gzip, as vite preview). */
  readonly encoding?: Encoding;
  /** Port to listen on; a free one when omitted. */
  readonly port?: number;
}

/** Serves `root` on 127.0.0.1. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, Encoded>();
  const encoding = options.encoding ?? 'gzip';

  async function load(file: string): Promise<Encoded> {
    const hit = cache.get(file);
    if (hit) return hit;
    const identity = await readFile(file);
    const worth = COMPRESSIBLE.has(extname(file)) && identity.length >= MIN_ENCODED_BYTES;
    const encoded: Encoded = !worth
      ? { identity }
      : encoding === 'gzip'
        ? { identity, encoded: gzipSync(identity) }
        : encoding === 'br'
          ? {
              identity,
              encoded: brotliCompressSync(identity, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
              }),
            }
          : { identity };
    cache.set(file, encoded);
    return encoded;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep) && file !== base) {
      res.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const body = await load(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    let payload = body.identity;
    if (body.encoded && new RegExp(`\\b${encoding}\\b`).test(accept)) {
      payload = body.encoded;
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = String(payload.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    root: base,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
