// Opens a built plan's HTML in headless Chromium (the system's, through
// puppeteer-core) and reports, as JSON on stdout, what tests/browser.rs
// asserts on:
//
// - violations: axe-core's WCAG 2.1 AA violations at 1280 px and at 360 px;
// - overflow: text cut off or sticking out of the page at 360 px;
// - text: the page's rendered text (innerText), title: the window title,
//   links: every href in the page;
// - skip: the element the first Tab focuses, whether it is visible, and
//   which element has the focus after Enter;
// - dialogs, globals: alert()s opened and window.__hostile* set, i.e.
//   scripts that ran;
// - requests: every URL the page asked for besides its own file and the
//   data: addresses inside it.
//
// Screenshots of the whole page (at most 16 000 px of it) at both widths go
// to OUT_DIR/NAME-WIDTH.png,
// and one with the print style sheet to OUT_DIR/NAME-print.png.
// The page's Content-Security-Policy is bypassed, so that only the page's
// escaping keeps hostile text from running (and axe can be injected).
//
// Usage: node check.mjs FILE.html OUT_DIR NAME  (CHROMIUM: the browser's path)

import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const [file, outDir, name] = process.argv.slice(2);
const pageUrl = pathToFileURL(resolve(file)).href;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  const dialogs = [];
  const requests = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    // The logo is inside the page, as a data: address.
    if (url !== pageUrl && !url.startsWith('data:')) requests.push(url);
  });
  await page.setBypassCSP(true);
  mkdirSync(outDir, { recursive: true });

  const result = { violations: {}, overflow: [], dialogs, requests };
  for (const width of [1280, 360]) {
    await page.setViewport({ width, height: 900 });
    await page.goto(pageUrl, { waitUntil: 'load' });
    if (width === 1280) {
      result.text = await page.evaluate(() => document.body.innerText);
      result.title = await page.title();
      result.links = await page.evaluate(() =>
        [...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href')));
      // The first Tab shows the skip link; Enter moves the focus to <main>.
      await page.keyboard.press('Tab');
      result.skip = await page.evaluate(() => {
        const link = document.activeElement;
        const box = link.getBoundingClientRect();
        const visible = box.top >= 0 && box.bottom <= innerHeight && box.width > 1 && box.height > 1;
        return { text: link.innerText, visible };
      });
      await page.keyboard.press('Enter');
      result.skip.focus_after = await page.evaluate(() => document.activeElement.id);
    }
    await screenshot(page, join(outDir, `${name}-${width}.png`));
    if (width === 360) result.overflow = await page.evaluate(overflowing);
    // Globals set by the page's own scripts (if any ran), before axe adds its own.
    result.globals = await page.evaluate(() =>
      Object.keys(window).filter((k) => k.startsWith('__hostile')));
    await page.addScriptTag({ path: axePath });
    const axeResult = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      WCAG_21_AA,
    );
    result.violations[width] = axeResult.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  }
  // How the print style sheet lays it out, A4 wide at 96 dpi.
  await page.emulateMediaType('print');
  await page.setViewport({ width: 794, height: 1123 });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await screenshot(page, join(outDir, `${name}-print.png`));
  process.stdout.write(JSON.stringify(result));
} finally {
  await browser.close();
}

// The whole page, or its first 16 000 px (Chromium refuses larger images).
async function screenshot(page, path) {
  const { width, height } = await page.evaluate(() =>
    ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  if (height <= 16000) {
    await page.screenshot({ path, fullPage: true });
  } else {
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height: 16000 }, captureBeyondViewport: true });
  }
}

// Runs in the page: block elements whose text is cut off or runs past the
// right edge of the window, and a page wider than the window.
function overflowing() {
  const out = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    out.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
  }
  const hidden = (el) => el.closest('.visually-hidden, .skip')
    || getComputedStyle(el.closest('thead') || el).position === 'absolute';
  // A box that scrolls sideways (a wide table's) must fit the window;
  // what is inside it is reached by scrolling the box.
  const scrolls = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const inScroller = (el) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (scrolls(a)) return true;
    return false;
  };
  for (const el of document.querySelectorAll('div, section')) {
    if (!scrolls(el) || hidden(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.right > root.clientWidth + 1) out.push(`a scrolling ${el.tagName.toLowerCase()} ends at ${Math.round(rect.right)}px`);
  }
  for (const el of document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, td, th, caption')) {
    if (hidden(el)) continue;
    const rect = el.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()} «${el.innerText.slice(0, 40)}»`;
    if (el.scrollWidth > el.clientWidth + 1) out.push(`${what} is cut off (${el.scrollWidth}px in ${el.clientWidth}px)`);
    if (rect.right > root.clientWidth + 1 && !inScroller(el)) out.push(`${what} ends at ${Math.round(rect.right)}px`);
  }
  return out;
}
