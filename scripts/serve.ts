/**
 * A small static server for dist/, used by `npm start` and the end-to-end tests. It behaves like
 * the production server: clean URLs with trailing-slash redirects, the locale's 404 page with
 * status 404, and the site mounted under its base path.
 * Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { readDeployTarget } from '../src/lib/site-config.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = normalize(values.dir);
const { base } = readDeployTarget(process.env);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

function fileFor(pathname: string): string | undefined {
  const full = join(root, normalize(pathname));
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (!pathname.startsWith(base)) {
    res.writeHead(302, { location: base }).end();
    return;
  }
  const sitePath = `/${pathname.slice(base.length)}`;
  const direct = sitePath.endsWith('/') ? fileFor(`${sitePath}index.html`) : fileFor(sitePath);
  if (!direct && !sitePath.endsWith('/') && fileFor(`${sitePath}/index.html`)) {
    res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
    return;
  }
  const notFound = sitePath.startsWith('/zh-cn/') ? fileFor('/zh-cn/404/index.html') : fileFor('/404.html');
  const file = direct ?? notFound;
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(direct ? 200 : 404, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`DL Stack Atlas is being served at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}`);
  console.log('Press Ctrl+C to stop.');
});
