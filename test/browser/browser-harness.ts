/** Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const DIST_ESM = join(ROOT, 'dist', 'index.js');

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserSkipReason(): string | undefined {
  if (!existsSync(CHROMIUM))
    return `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium); .ci/run does`;
  if (!existsSync(DIST_ESM)) return 'dist/index.js not found: run `npm run build` first; .ci/run does';
  if (newestSource(join(ROOT, 'src')) > statSync(DIST_ESM).mtimeMs) {
    return 'dist/index.js is older than src/: run `npm run build` first; .ci/run does';
  }
  return undefined;
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Flags for a sandboxed CI container: no GPU, no network services, no first-run UI. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The built ESM bundle with its runtime dependencies resolved, as a browser user's bundler (Vite,
 * webpack, esbuild) would produce it. `platform: 'browser'` makes any Node built-in a build error.
 */
export async function browserBundle(): Promise<string> {
  const out = await build({
    entryPoints: [DIST_ESM],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** A loopback server for one page that imports the bundle as `window.eventstudy`. */
export async function serveBundle(bundle: string): Promise<{ server: Server; url: string }> {
  const page = `<!doctype html><meta charset="utf-8"><title>eventstudy</title>
<script type="module">import * as eventstudy from './eventstudy.js'; window.eventstudy = eventstudy; window.ready = true;</script>`;
  const server = createServer((request, response) => {
    if (request.url === '/eventstudy.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
