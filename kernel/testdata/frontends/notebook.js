'use strict';
// A notebook in a real browser: Debian's classic Jupyter Notebook (6.4)
// served on FE_BASE_URL, opened in Debian's chromium driven by
// playwright-core. Writes gather.ipynb into FE_NOTEBOOK_DIR, runs Cell > Run
// All, and watches the output area: Task Two's "Finished" line must be shown
// before Task One's, then the kernel indicator must return to idle. Saves a
// screenshot to FE_SCREENSHOT.
//
//   FE_BASE_URL=http://127.0.0.1:PORT/ FE_TOKEN=... FE_NOTEBOOK_DIR=... \
//   FE_PROFILE_DIR=... FE_SCREENSHOT=.../notebook.png node notebook.js

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { GATHER_CELL, log, env, sleep, check, inWindow, main } = require('./common');

const baseUrl = env('FE_BASE_URL').replace(/\/?$/, '/');
const token = env('FE_TOKEN');
const notebookDir = env('FE_NOTEBOOK_DIR');
const profileDir = env('FE_PROFILE_DIR');
const screenshot = env('FE_SCREENSHOT');
const chromiumPath = process.env.FE_CHROMIUM || '/usr/bin/chromium';

function writeNotebook(file) {
  const lines = GATHER_CELL.split('\n').map((l, i, a) => (i < a.length - 1 ? l + '\n' : l));
  const nb = {
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# Gather\n', 'Task Two finishes before Task One.'] },
      { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: lines },
    ],
    metadata: {
      kernelspec: { name: 'gopad', display_name: 'Go (gopad)', language: 'go' },
      language_info: { name: 'go', file_extension: '.go', mimetype: 'text/x-go' },
    },
    nbformat: 4, nbformat_minor: 5,
  };
  fs.writeFileSync(file, JSON.stringify(nb, null, 1));
}

async function run() {
  writeNotebook(path.join(notebookDir, 'gather.ipynb'));
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
    const url = `${baseUrl}notebooks/gather.ipynb?token=${encodeURIComponent(token)}`;
    log('opening', url.replace(token, 'TOKEN'));
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 30000 });
    const kernelName = await page.textContent('.kernel_indicator_name').catch(() => '');
    log('kernel idle; indicator name:', kernelName);
    check(/gopad|Go/.test(kernelName || ''), `kernel indicator names the Go kernel (${kernelName})`);

    // Cell > Run All.
    await page.click('#celllink');
    await page.click('#run_all_cells > a');
    const start = Date.now();
    log('clicked Cell > Run All');

    let twoAt, oneAt, startedAt, doneAt, text = '';
    while (Date.now() - start < 20000) {
      text = await page.evaluate(() => Array.from(document.querySelectorAll('.output_area .output_text'))
        .map(e => e.innerText).join('\n'));
      const now = (Date.now() - start) / 1000;
      if (startedAt === undefined && text.includes('Task One: Starting')) startedAt = now;
      if (twoAt === undefined && text.includes('Task Two: Finished')) {
        twoAt = now;
        check(!text.includes('Task One: Finished'), 'Task Two\'s line is shown while Task One\'s is not yet');
        await page.screenshot({ path: screenshot.replace(/\.png$/, '-live.png') });
      }
      if (oneAt === undefined && text.includes('Task One: Finished')) oneAt = now;
      if (doneAt === undefined && text.includes('All tasks completed')) doneAt = now;
      if (doneAt !== undefined) break;
      await sleep(50);
    }
    log('output area text:\n' + text);
    check(startedAt !== undefined, 'Task One: Starting shown');
    inWindow(twoAt, 0.8, 1.6, 'Task Two: Finished shown');
    inWindow(oneAt, 2.8, 3.8, 'Task One: Finished shown');
    check(twoAt !== undefined && oneAt !== undefined && twoAt < oneAt, 'Task Two\'s line appeared before Task One\'s');
    check(text.includes('[Result from Task One Result from Task Two] <nil>'), 'results shown');
    console.log(`TIMING notebook started=${startedAt} two=${twoAt} one=${oneAt} done=${doneAt}`);

    await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 10000 });
    const idleAt = (Date.now() - start) / 1000;
    check(true, `kernel indicator back to idle after ${idleAt.toFixed(3)} s`);
    const prompt = await page.textContent('.code_cell .input_prompt');
    check(/\[1\]/.test(prompt || ''), `input prompt shows In [1] (${(prompt || '').trim()})`);
    await page.screenshot({ path: screenshot, fullPage: true });
    log('screenshot saved to', screenshot);
  } finally {
    await browser.close();
  }
}

main(run, 120000);
