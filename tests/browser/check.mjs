// Opens a built plan's HTML in headless Chromium (the system's, through
// puppeteer-core) and reports, as JSON on stdout, what tests/browser.rs
// asserts on:
//
// - violations: axe-core's WCAG 2.1 AA violations at 1280, 390 and 360 px;
// - overflow: text cut off or sticking out of the page at 390 or 360 px, or
//   a page wider than its window at 1280 px;
// - broken: words in table cells broken across lines inside the word, at
//   1280 and 390 px, where no hyphen shows (a break after a hyphen or a
//   dash the word has, or a soft hyphen, shows one) and the word would fit
//   its cell whole, and words of headings broken at all where they would
//   fit the heading's width (see brokenWords);
// - print_links: each link's href and what the print style sheet shows
//   after it (its ::after content);
// - text: the page's rendered text (innerText), title: the window title,
//   links: every href in the page;
// - skip: the element the first Tab focuses, whether it is visible, and
//   which element has the focus after Enter;
// - dialogs, globals: alert()s opened and window.__hostile* set, i.e.
//   scripts that ran;
// - requests: every URL the page asked for besides its own file and the
//   data: addresses inside it.
//
// Screenshots of the whole page (at most 16 000 px of it) at 1280 and 390 px
// go to OUT_DIR/NAME-WIDTH.png, one with the print style sheet to
// OUT_DIR/NAME-print.png, and the page printed on A4 (as the browser's
// print dialog would) to OUT_DIR/NAME-print.pdf.
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

  const result = { violations: {}, overflow: [], broken: {}, dialogs, requests };
  for (const width of [1280, 390, 360]) {
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
    if (width !== 360) {
      await screenshot(page, join(outDir, `${name}-${width}.png`));
      result.broken[width] = await page.evaluate(brokenWords);
    }
    const overflow = await page.evaluate(overflowing, width < 1280);
    result.overflow.push(...overflow.map((o) => `at ${width} px: ${o}`));
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
  result.print_links = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
    .map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })));
  await page.pdf({ path: join(outDir, `${name}-print.pdf`), format: 'A4', preferCSSPageSize: true, printBackground: true });
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

// Runs in the page: a page wider than the window, and (if `elements`)
// block elements whose text is cut off or runs past the right edge of the
// window.
function overflowing(elements) {
  const out = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    out.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
  }
  if (!elements) return out;
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

// Runs in the page: every word in a table cell whose letters stand on more
// than one line between two letters or digits, where no hyphen shows (a
// break after a hyphen, a dash, a slash or another sign the word has, or
// at a soft hyphen, is not inside the word). It is fine anywhere if the word, whole, cannot
// fit its column at all: a block cell (a phone's card) is narrower than
// the word, or a table cell would be even if the other columns kept only
// room for their widest unbreakable pieces. Where the browser hyphenates
// the page's language itself (`hyphens: auto` needs its hyphenation
// dictionary; the test machine's Chromium has none), a break in a cell
// with `hyphens: auto` is taken as hyphenated, with its hyphen.
function brokenWords() {
  const out = [];
  const range = document.createRange();
  const charBox = (node, i) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return [...range.getClientRects()].find((r) => r.width > 0);
  };
  const pad = (cell) => {
    const s = getComputedStyle(cell);
    return cell.offsetWidth - cell.clientWidth + parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
  };
  const words = function* (cell, pattern) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(pattern)) {
        const boxes = [...match[0]].map((_, k) => charBox(node, match.index + k));
        if (boxes.every((b) => b)) yield { node, word: match[0], boxes, width: boxes.reduce((s, b) => s + b.width, 0) };
      }
    }
  };
  // The least width each column of `table` needs, by its left edge: its
  // widest word, or for a long word with signs its widest run up to a sign.
  const needs = new Map();
  const columnNeeds = (table) => {
    if (!needs.has(table)) {
      const need = new Map();
      for (const cell of table.querySelectorAll('td, th')) {
        if (cell.closest('table') !== table) continue;
        const left = Math.round(cell.getBoundingClientRect().left);
        let widest = 0;
        for (const { word, width } of words(cell, /\S+/g)) {
          // A long word with signs breaks after them (see html/rich.rs).
          const pieces = word.length < 25 ? [width] : [...word.matchAll(/[\p{L}\p{N}]*[^\p{L}\p{N}]*/gu)]
            .map((m) => width * m[0].length / word.length);
          widest = Math.max(widest, ...pieces);
        }
        need.set(left, Math.max(need.get(left) || 0, widest + pad(cell)));
      }
      needs.set(table, need);
    }
    return needs.get(table);
  };
  const roomAtMost = (cell) => {
    if (getComputedStyle(cell).display !== 'table-cell') return cell.clientWidth - pad(cell) + (cell.offsetWidth - cell.clientWidth);
    const table = cell.closest('table');
    const left = Math.round(cell.getBoundingClientRect().left);
    let others = 0;
    for (const [l, n] of columnNeeds(table)) if (l !== left) others += n;
    return table.getBoundingClientRect().width - others - pad(cell);
  };
  const hyphenates = hyphenationWorks();
  for (const cell of document.querySelectorAll('td, th')) {
    if (cell.closest('.visually-hidden') || cell.offsetParent === null) continue;
    for (const { node, word, boxes, width } of words(cell, /\S+/g)) {
      for (let k = 1; k < word.length; k++) {
        if (boxes[k].top < boxes[k - 1].bottom - 1) continue;
        // Only a break between two letters or digits is inside a word.
        if (!/[\p{L}\p{N}]/u.test(word[k - 1]) || !/[\p{L}\p{N}]/u.test(word[k])) continue;
        if (hyphenates && getComputedStyle(node.parentElement).hyphens === 'auto') continue;
        const room = roomAtMost(cell);
        if (width > room + 0.5) continue;
        out.push(`«${word.slice(0, k)}» / «${word.slice(k)}» (the word is ${Math.round(width)} px; its column could have ${Math.round(room)} px)`);
      }
    }
  }
  // Headings wrap between words only: a word of a heading (e-hälsa,
  // 2023–2026) that fits the heading's width stands on one line.
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (heading.closest('.visually-hidden') || heading.offsetParent === null) continue;
    for (const { word, boxes, width } of words(heading, /\S+/g)) {
      const k = boxes.findIndex((b, i) => i > 0 && b.top >= boxes[i - 1].bottom - 1);
      if (k > 0 && width <= heading.clientWidth) {
        out.push(`heading «${word.slice(0, k)}» / «${word.slice(k)}» (the word is ${Math.round(width)} px; the heading ${heading.clientWidth} px)`);
      }
    }
  }
  return out;

  // Whether this browser hyphenates the page's language (`hyphens: auto`).
  function hyphenationWorks() {
    const probe = document.createElement('p');
    probe.lang = document.documentElement.lang || 'sv';
    probe.style.cssText = 'position:absolute;left:-9999px;width:5em;hyphens:auto;overflow-wrap:normal;word-break:normal';
    probe.textContent = 'läkemedelsgenomgångarna kunskapsstyrningsrådets';
    document.body.append(probe);
    const fits = probe.scrollWidth <= probe.clientWidth + 1;
    probe.remove();
    return fits;
  }
}
