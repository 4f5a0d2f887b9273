// The shared setup of Webtruong's real-browser tests: Debian's chromium driven
// by playwright-core (no browser of Playwright's own is ever downloaded), and a
// tiny static file server on 127.0.0.1 so that pages load their theme files
// from root-relative URLs as they do when published.
//
//   import { serveFolder, launchChromium, openPage } from './browser.mjs';
//   const server = await serveFolder(dir);              // { url, close() }
//   const browser = await launchChromium();
//   const page = await openPage(browser, server.url + '/bang-theo-doi/', { width: 360 });
//   ...; await browser.close(); await server.close();
import { existsSync, createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

/// The chromium to drive: $CHROMIUM, else Debian's /usr/bin/chromium.
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) || null;
}

export async function launchChromium() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium is not installed (apt-get install chromium)');
  // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'], timeout: 30000 });
}

/// A new page of its own context: `width` x 800 CSS pixels, JavaScript on unless
/// `javaScript: false`; `initScript` (a function) runs in the page before its own scripts.
export async function openPage(browser, url, { width = 1280, javaScript = true, initScript = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.errors = errors;  // script errors and CSP violations the page reported
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/// Serves `dir` on 127.0.0.1 (a free port); "/x/" serves x/index.html. Only GET and HEAD, nothing outside `dir`.
export function serveFolder(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    let ok = false;
    try {
      ok = statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      resolveServer({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
