'use strict';
// JupyterLab's path: @jupyterlab/services 7 (the client library JupyterLab
// itself uses) talking to a running jupyter-server over REST and the kernel
// websocket. The server must already run with the gopad kernelspec visible.
//
//   FE_BASE_URL=http://127.0.0.1:PORT/ FE_TOKEN=... node lab.js

const { ServerConnection, KernelManager, SessionManager } = require('@jupyterlab/services');
const WebSocket = require('ws');
const { GATHER_CELL, log, env, sleep, withTimeout, check, atLeast, inOrder, main } = require('./common');

const baseUrl = env('FE_BASE_URL');
const token = env('FE_TOKEN');
const kernelName = process.env.FE_KERNEL_NAME || 'gopad';

// execute runs code and records when each iopub stream chunk arrived,
// in seconds after the request was sent.
async function execute(kernel, code, timeoutMs) {
  const start = Date.now();
  const streams = [];
  const errors = [];
  const future = kernel.requestExecute({ code, stop_on_error: true });
  future.onIOPub = msg => {
    const at = (Date.now() - start) / 1000;
    if (msg.header.msg_type === 'stream') {
      streams.push({ at, name: msg.content.name, text: msg.content.text });
      log(`  stream ${msg.content.name} +${at.toFixed(3)}s ${JSON.stringify(msg.content.text)}`);
    } else if (msg.header.msg_type === 'error') {
      errors.push(msg.content);
      log(`  error +${at.toFixed(3)}s ${msg.content.ename}: ${msg.content.evalue}`);
    }
  };
  const reply = await withTimeout(future.done, timeoutMs, `execute ${JSON.stringify(code.slice(0, 40))}`);
  return { reply: reply.content, streams, errors, seconds: (Date.now() - start) / 1000 };
}

// lineAt returns when the first stream chunk containing s arrived.
function lineAt(streams, s) {
  const m = streams.find(x => x.text.includes(s));
  return m ? m.at : undefined;
}

// kernelInfo waits for the kernel_info reply of a new connection. In some
// CI runs no reply came at all on the first WebSocket (an open hang between
// jupyter_server and the kernel, not load, not explained yet); the driver
// then reconnects once, logging it, and asks again. A kernel that never
// answers still fails the script.
async function kernelInfo(kernel) {
  try {
    return await withTimeout(kernel.info, 45000, 'kernel_info');
  } catch (e) {
    log('WARN', `${e.message}; reconnecting once`);
    await withTimeout(kernel.reconnect(), 45000, 'reconnect');
    const reply = await withTimeout(kernel.requestKernelInfo(), 45000, 'kernel_info after reconnecting');
    return reply.content;
  }
}

async function run() {
  const settings = ServerConnection.makeSettings({ baseUrl, token, WebSocket, fetch: globalThis.fetch });
  const kernelManager = new KernelManager({ serverSettings: settings });
  const sessionManager = new SessionManager({ kernelManager, serverSettings: settings });
  await withTimeout(sessionManager.ready, 20000, 'session manager ready');

  log('starting a session with kernel', kernelName);
  const session = await withTimeout(sessionManager.startNew({
    path: 'gather.ipynb', type: 'notebook', name: 'gather.ipynb', kernel: { name: kernelName },
  }), 90000, 'start session');
  const kernel = session.kernel;
  const info = await kernelInfo(kernel);
  log('kernel_info:', info.implementation, info.implementation_version, info.language_info.name, info.language_info.version);
  check(info.implementation === 'gopad', `kernel_info implementation ${info.implementation}`);

  try {
    // 1. The gather cell: the stream lines must arrive while the cell runs.
    const warm = await execute(kernel, '1 + 1', 30000);
    check(warm.reply.status === 'ok', `warm-up cell status ${warm.reply.status}`);

    log('running the gather cell');
    const g = await execute(kernel, GATHER_CELL, 30000);
    check(g.reply.status === 'ok', `gather status ${g.reply.status} ${g.reply.ename || ''} ${g.reply.evalue || ''}`);
    const all = g.streams.map(s => s.text).join('');
    check(all.includes('Task One: Starting') && all.includes('Task Two: Starting'), 'both tasks started');
    // Live and concurrent: both tasks start, Task Two's line arrives, then
    // Task One's (the sleeps set the earliest times; later is only slower).
    inOrder('both tasks start, Task Two (1 s) finishes, then Task One (3 s), then main',
      Math.max(lineAt(g.streams, 'Task One: Starting'), lineAt(g.streams, 'Task Two: Starting')),
      atLeast(lineAt(g.streams, 'Task Two: Finished'), 0.8, 'Task Two: Finished'),
      atLeast(lineAt(g.streams, 'Task One: Finished'), 2.8, 'Task One: Finished'),
      lineAt(g.streams, 'All tasks completed'));
    check(all.includes('[Result from Task One Result from Task Two] <nil>'), 'gather results in order');
    console.log(`TIMING lab gather two=${lineAt(g.streams, 'Task Two: Finished')} one=${lineAt(g.streams, 'Task One: Finished')} total=${g.seconds}`);

    // 2. Interrupt a busy loop.
    log('interrupt: running for {}');
    const loopStart = Date.now();
    const loop = execute(kernel, 'for {\n}', 30000);
    await sleep(500);
    const intAt = Date.now();
    await withTimeout(kernel.interrupt(), 10000, 'interrupt');
    const l = await loop;
    const afterInterrupt = (Date.now() - intAt) / 1000;
    check(l.reply.status === 'error' && l.reply.ename === 'Interrupted',
      `interrupted cell reply: status=${l.reply.status} ename=${l.reply.ename}`);
    console.log(`TIMING lab interrupt reply=${afterInterrupt} loop=${(Date.now() - loopStart) / 1000}`);
    const after = await execute(kernel, 'fmt.Println("still alive")', 10000);
    check(after.reply.status === 'ok' && lineAt(after.streams, 'still alive') !== undefined, 'kernel usable after interrupt');

    // 3. complete and inspect.
    const comp = await withTimeout(kernel.requestComplete({ code: 'fmt.Prin', cursor_pos: 8 }), 10000, 'complete');
    const matches = comp.content.matches || [];
    log('complete matches:', JSON.stringify(matches), comp.content.cursor_start, comp.content.cursor_end);
    check(comp.content.status === 'ok', `complete status ${comp.content.status}`);
    for (const want of ['Print', 'Printf', 'Println']) {
      check(matches.some(m => m === want || m === 'fmt.' + want), `complete offers ${want}`);
    }
    const insp = await withTimeout(kernel.requestInspect({ code: 'fmt.Println', cursor_pos: 8, detail_level: 0 }), 10000, 'inspect');
    log('inspect:', JSON.stringify(insp.content).slice(0, 300));
    check(insp.content.status === 'ok' && insp.content.found === true, `inspect found ${insp.content.found}`);
    check(typeof (insp.content.data || {})['text/plain'] === 'string' && insp.content.data['text/plain'].includes('Println'),
      'inspect text/plain mentions Println');

    // 4. Restart: the status is "unknown" while the socket reconnects, so wait
    // for the next reply rather than for idle.
    log('restart');
    const rsStart = Date.now();
    await withTimeout(kernel.restart(), 30000, 'restart');
    log('restart returned after', (Date.now() - rsStart) / 1000, 's, status', kernel.status);
    const post = await execute(kernel, 'fmt.Println("after restart")', 30000);
    const restartSecs = (Date.now() - rsStart) / 1000;
    check(post.reply.status === 'ok' && lineAt(post.streams, 'after restart') !== undefined,
      `execute after restart: status=${post.reply.status}`);
    check(post.reply.execution_count === 1, `execution_count after restart ${post.reply.execution_count}`);
    console.log(`TIMING lab restart firstReply=${restartSecs}`);
  } finally {
    log('shutting the session down');
    await withTimeout(session.shutdown(), 15000, 'session shutdown').catch(e => log('shutdown:', e.message));
    session.dispose();
    sessionManager.dispose();
    kernelManager.dispose();
  }
}

main(run, 150000);
