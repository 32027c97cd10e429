/**
 * A small static server for dist/ that compresses like a CDN (brotli or gzip, by Accept-Encoding),
 * used by the benchmark so transferred bytes are realistic. Listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
/** Pagefind's own files are already compressed (gzip inside), as on a real host. */
const precompressed = new Set(['.pf_index', '.pf_fragment', '.pf_meta', '.wasm']);

export function serveDist(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': types['.html']! });
      return void createReadStream(join(root, '404.html')).pipe(res);
    }
    const ext = extname(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream' };
    if (precompressed.has(ext) || !(types[ext] ?? '').match(/text|json|javascript|svg|xml/)) {
      res.writeHead(200, headers);
      return void createReadStream(file).pipe(res);
    }
    const encoder = accept.includes('br')
      ? (headers['content-encoding'] = 'br') &&
        createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : accept.includes('gzip')
        ? (headers['content-encoding'] = 'gzip') && createGzip({ level: 9 })
        : undefined;
    res.writeHead(200, headers);
    const stream = createReadStream(file);
    if (encoder) stream.pipe(encoder).pipe(res);
    else stream.pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, origin: `http://127.0.0.1:${actual}` });
    }),
  );
}
