/**
 * Serves dist/ with the shipped nginx configuration (deploy/nginx/dl-stack-atlas.conf) on a loopback
 * port, in the foreground, for the serving tests. Only `listen` and `root` are changed; the server block
 * is otherwise exactly what a production host would include.
 * Usage: node scripts/nginx.ts [--port 4330] [--dir dist]   (stops on SIGTERM/SIGINT)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findNginx } from './provision-nginx.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4330' }, dir: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dir);
const prefix = resolve('.cache', `nginx-${values.port}`);
mkdirSync(join(prefix, 'logs'), { recursive: true });

const server = readFileSync(resolve(import.meta.dirname, '../deploy/nginx/dl-stack-atlas.conf'), 'utf8')
  .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${values.port};`)
  .replace(/^\s*listen \[::\]:80;\n/m, '')
  .replace(/^(\s*)root [^;]+;$/m, `$1root ${dist};`);
if (!server.includes(`listen 127.0.0.1:${values.port};`) || !server.includes(`root ${dist};`)) {
  throw new Error('deploy/nginx/dl-stack-atlas.conf must keep its `listen 80;` and `root …;` lines for the tests to adapt.');
}

const nginx = findNginx();
// Debian's nginx ships its MIME map here; without it, the few types the site needs are declared inline.
const MIME_TYPES = '/etc/nginx/mime.types';
const types = existsSync(MIME_TYPES)
  ? `include ${MIME_TYPES};`
  : 'types { text/html html; text/css css; text/javascript js mjs; application/json json; image/svg+xml svg; image/png png; application/xml xml; text/plain txt; application/wasm wasm; }';
writeFileSync(
  join(prefix, 'nginx.conf'),
  `worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  ${types}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(prefix, 'client_body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
${server}
}
`,
);

const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
console.log(`nginx (${nginx}) is serving ${dist} at http://127.0.0.1:${values.port}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child.kill('SIGQUIT');
    process.exit(0);
  });
}
child.on('exit', (code) => process.exit(code ?? 1));
