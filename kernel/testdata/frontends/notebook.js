'use strict';
// A notebook in a real browser: Debian's classic Jupyter Notebook (6.4)
// served on FE_BASE_URL, opened in Debian's chromium driven by
// playwright-core. Copies the chapter's gather notebook (FE_CHAPTER_NOTEBOOK,
// notebooks/03-gather.ipynb) into FE_NOTEBOOK_DIR with its stored outputs
// cleared, runs Cell > Run All, and watches the output area: Task Two's
// "Finished" line must be shown before Task One's, the timeline must be drawn
// as SVG, then the kernel indicator must return to idle. Saves a screenshot
// to FE_SCREENSHOT.
//
//   FE_BASE_URL=http://127.0.0.1:PORT/ FE_TOKEN=... FE_NOTEBOOK_DIR=... \
//   FE_CHAPTER_NOTEBOOK=.../03-gather.ipynb FE_PROFILE_DIR=... \
//   FE_SCREENSHOT=.../notebook.png node notebook.js

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { log, env, sleep, check, atLeast, main } = require('./common');

const baseUrl = env('FE_BASE_URL').replace(/\/?$/, '/');
const token = env('FE_TOKEN');
const notebookDir = env('FE_NOTEBOOK_DIR');
const chapterNotebook = env('FE_CHAPTER_NOTEBOOK');
const profileDir = env('FE_PROFILE_DIR');
const screenshot = env('FE_SCREENSHOT');
const chromiumPath = process.env.FE_CHROMIUM || '/usr/bin/chromium';
const NAME = 'gather.ipynb';

// copyCleared writes the chapter's notebook with no stored outputs, so that
// everything the page shows comes from this run.
function copyCleared(from, to) {
  const nb = JSON.parse(fs.readFileSync(from, 'utf8'));
  for (const c of nb.cells) {
    if (c.cell_type === 'code') {
      c.outputs = [];
      c.execution_count = null;
    }
  }
  fs.writeFileSync(to, JSON.stringify(nb, null, 1));
}

async function run() {
  copyCleared(chapterNotebook, path.join(notebookDir, NAME));
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = browser.pages()[0] || await browser.newPage();
    page.on('pageerror', e => log('page error:', e.message));
    page.on('dialog', d => { log('dialog:', d.message()); d.dismiss(); });
    const url = `${baseUrl}notebooks/${NAME}?token=${encodeURIComponent(token)}`;
    log('opening', url.replace(token, 'TOKEN'));
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 30000 });
    const kernelName = await page.textContent('.kernel_indicator_name').catch(() => '');
    log('kernel idle; indicator name:', kernelName);
    check(/gopad|Go/.test(kernelName || ''), `kernel indicator names the Go kernel (${kernelName})`);

    // Cell > Run All. The clock starts before the clicks: on a busy
    // machine a click's promise can settle after the cells began running,
    // and no cell can begin before the menu is opened.
    const start = Date.now();
    await page.click('#celllink');
    await page.click('#run_all_cells > a');
    log('clicked Cell > Run All');

    // Times are measured from "Program started.", the gather cell's first
    // line (the declarations cell before it runs first).
    let twoAt, oneAt, startedAt, doneAt, svgAt, text = '';
    while (Date.now() - start < 30000) {
      text = await page.evaluate(() => Array.from(document.querySelectorAll('.output_area .output_text'))
        .map(e => e.innerText).join('\n'));
      const now = Date.now() / 1000;
      if (startedAt === undefined && text.includes('Program started.')) startedAt = now;
      if (twoAt === undefined && text.includes('Task Two: Finished')) {
        twoAt = now;
        check(!text.includes('Task One: Finished'), 'Task Two\'s line is shown while Task One\'s is not yet');
        await page.screenshot({ path: screenshot.replace(/\.png$/, '-live.png') });
      }
      if (oneAt === undefined && text.includes('Task One: Finished')) oneAt = now;
      if (doneAt === undefined && text.includes('Program ended after')) doneAt = now;
      if (svgAt === undefined && await page.$('.output_area svg')) svgAt = now;
      if (doneAt !== undefined && svgAt !== undefined) break;
      await sleep(50);
    }
    log('output area text:\n' + text);
    check(startedAt !== undefined, '"Program started." shown');
    const rel = t => (t === undefined ? undefined : t - startedAt);
    // The earliest times are counted from the click, which comes before
    // the cell starts: a busy browser that sees "Program started." late
    // cannot make them fail, and lines shown too early still do.
    // The page's clock and this script's are two processes' clocks, which
    // can differ by tens of milliseconds: the bounds leave room for that
    // and still tell a 1 s and a 3 s sleep from none.
    const sinceClick = t => (t === undefined ? undefined : t - start / 1000);
    atLeast(sinceClick(twoAt), 0.6, 'Task Two: Finished shown');
    atLeast(sinceClick(oneAt), 2.5, 'Task One: Finished shown');
    check(twoAt !== undefined && oneAt !== undefined && twoAt < oneAt, 'Task Two\'s line appeared before Task One\'s');
    check(/Program ended after \d+\.\d s: \["Result from Task One" "Result from Task Two"\], error: <nil>/.test(text),
      'the run returned both results in order');
    check(svgAt !== undefined, 'the timeline is drawn as SVG in the page');
    console.log(`TIMING notebook two=${rel(twoAt)} one=${rel(oneAt)} done=${rel(doneAt)} svg=${rel(svgAt)}`);

    await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 10000 });
    const idleAt = (Date.now() - start) / 1000;
    log(`kernel indicator back to idle after ${idleAt.toFixed(3)} s`);
    const prompts = await page.$$eval('.code_cell .input_prompt', es => es.map(e => e.innerText.trim()));
    check(prompts.length === 4 && prompts.every((p, i) => p.includes(`[${i + 1}]`)),
      `every code cell ran, in order (${prompts.join(' ')})`);
    await page.screenshot({ path: screenshot, fullPage: true });
    log('screenshot saved to', screenshot);
  } finally {
    await browser.close();
  }
}

main(run, 120000);
