'use strict';
// VS Code's direct path: the Jupyter extension starts the kernel itself from
// the kernelspec's argv and talks ZeroMQ to it with the zeromq npm package
// (prebuilt libzmq 4.3.5). This driver does the same: it writes a connection
// file, starts the kernel, signs messages with HMAC-SHA256, and checks
// kernel_info, live streams, interrupt and shutdown.
//
//   FE_KERNELSPEC_DIR=.../share/jupyter/kernels/gopad FE_WORK_DIR=/tmp/x node vscode.js

const zmq = require('zeromq');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawn } = require('child_process');
const { log, env, sleep, withTimeout, check, inWindow, main } = require('./common');

const specDir = env('FE_KERNELSPEC_DIR');
const workDir = env('FE_WORK_DIR');
const DELIM = '<IDS|MSG>';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

class Client {
  constructor(conn, session) {
    this.conn = conn;
    this.session = session;
    this.key = conn.key;
    this.waiters = [];   // {match, resolve}
    this.received = [];  // every decoded message, with .channel and .at
    this.badSignatures = 0;
  }

  sign(frames) {
    const h = crypto.createHmac('sha256', this.key);
    for (const f of frames) h.update(f);
    return h.digest('hex');
  }

  msg(msgType, content) {
    return {
      header: {
        msg_id: crypto.randomUUID(), session: this.session, username: 'vscode', date: new Date().toISOString(),
        msg_type: msgType, version: '5.3',
      },
      parent_header: {}, metadata: {}, content,
    };
  }

  async connect() {
    const url = p => `${this.conn.transport}://${this.conn.ip}:${p}`;
    this.shell = new zmq.Dealer({ routingId: this.session });
    this.control = new zmq.Dealer({ routingId: this.session });
    this.iopub = new zmq.Subscriber();
    this.shell.connect(url(this.conn.shell_port));
    this.control.connect(url(this.conn.control_port));
    this.iopub.connect(url(this.conn.iopub_port));
    this.iopub.subscribe();
    this.hbUrl = url(this.conn.hb_port);
    for (const [name, sock] of [['shell', this.shell], ['control', this.control], ['iopub', this.iopub]]) {
      this.readLoop(name, sock);
    }
  }

  async readLoop(channel, sock) {
    try {
      for await (const frames of sock) {
        const i = frames.findIndex(f => f.toString() === DELIM);
        if (i < 0) continue;
        const [sig, header, parent, metadata, content] = frames.slice(i + 1, i + 6);
        if (this.sign([header, parent, metadata, content]) !== sig.toString()) {
          this.badSignatures++;
          log('bad signature on', channel);
          continue;
        }
        const m = {
          channel, at: Date.now(),
          header: JSON.parse(header), parent_header: JSON.parse(parent), metadata: JSON.parse(metadata), content: JSON.parse(content),
        };
        this.received.push(m);
        this.waiters = this.waiters.filter(w => {
          if (w.match(m)) { w.resolve(m); return false; }
          return true;
        });
      }
    } catch (e) {
      if (!this.closed) log(channel, 'read loop:', e.message);
    }
  }

  waitFor(match, ms, what) {
    const found = this.received.find(match);
    if (found) return Promise.resolve(found);
    return withTimeout(new Promise(resolve => this.waiters.push({ match, resolve })), ms, what);
  }

  async send(channel, msgType, content) {
    const m = this.msg(msgType, content);
    const parts = [m.header, m.parent_header, m.metadata, m.content].map(x => JSON.stringify(x));
    const sock = channel === 'control' ? this.control : this.shell;
    m.sentAt = Date.now();
    await sock.send([DELIM, this.sign(parts), ...parts]);
    return m;
  }

  reply(channel, m, ms) {
    return this.waitFor(x => x.channel === channel && x.parent_header.msg_id === m.header.msg_id, ms, `${m.header.msg_type} reply`);
  }

  idle(m, ms) {
    return this.waitFor(x => x.channel === 'iopub' && x.header.msg_type === 'status' &&
      x.content.execution_state === 'idle' && x.parent_header.msg_id === m.header.msg_id, ms, `${m.header.msg_type} idle`);
  }

  iopubOf(m) {
    return this.received.filter(x => x.channel === 'iopub' && x.parent_header.msg_id === m.header.msg_id);
  }

  async heartbeat(ms) {
    const req = new zmq.Request({ receiveTimeout: ms, sendTimeout: ms, linger: 0 });
    req.connect(this.hbUrl);
    const start = Date.now();
    try {
      await req.send('ping');
      const [pong] = await req.receive();
      return { ok: pong.toString() === 'ping', ms: Date.now() - start };
    } finally {
      req.close();
    }
  }

  close() {
    this.closed = true;
    for (const s of [this.shell, this.control, this.iopub]) {
      try { s.close(); } catch (e) { /* already closed */ }
    }
  }
}

// startKernel starts the kernel from the kernelspec's argv, as VS Code
// does, on five ports picked free and released for it to bind, connects,
// and returns once kernel_info is answered. When another process took one
// of the ports in between (a parallel test's kernel or server), the kernel
// exits at bind saying "address already in use": it starts again on
// other ports.
async function startKernel(spec) {
  for (let attempt = 1; ; attempt++) {
    const ports = [];
    while (ports.length < 5) {
      const p = await freePort();
      if (!ports.includes(p)) ports.push(p);
    }
    const conn = {
      transport: 'tcp', ip: '127.0.0.1', shell_port: ports[0], iopub_port: ports[1], stdin_port: ports[2],
      control_port: ports[3], hb_port: ports[4], key: crypto.randomUUID(), signature_scheme: 'hmac-sha256',
      kernel_name: 'gopad',
    };
    const connFile = path.join(workDir, `kernel-vscode-${attempt}.json`);
    fs.writeFileSync(connFile, JSON.stringify(conn, null, 2));
    const argv = spec.argv.map(a => a.replace('{connection_file}', connFile));
    const child = spawn(argv[0], argv.slice(1), { env: { ...process.env, ...(spec.env || {}) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const k = { child, exitInfo: null, stderr: '' };
    k.exited = new Promise(resolve => child.on('exit', (code, signal) => { k.exitInfo = { code, signal, at: Date.now() }; resolve(k.exitInfo); }));
    const closed = new Promise(resolve => child.on('close', resolve)); // its stderr read to the end
    child.stdout.on('data', d => process.stdout.write('[kernel stdout] ' + d));
    child.stderr.on('data', d => { k.stderr += d; process.stdout.write('[kernel stderr] ' + d); });
    k.c = new Client(conn, crypto.randomUUID());
    await k.c.connect();
    try {
      // Subscribers join late: repeat kernel_info until its iopub status arrives.
      const deadline = Date.now() + 60000;
      for (;;) {
        if (k.exitInfo) throw new Error(`kernel exited early: ${JSON.stringify(k.exitInfo)}`);
        const m = await k.c.send('shell', 'kernel_info_request', {});
        try {
          await k.c.waitFor(x => x.channel === 'iopub' && x.parent_header.msg_id === m.header.msg_id, 500, 'kernel_info iopub');
          k.info = (await k.c.reply('shell', m, 30000)).content;
          return k;
        } catch (e) {
          if (Date.now() > deadline) throw new Error('no kernel_info iopub status within 60 s');
        }
      }
    } catch (e) {
      k.c.close();
      if (!k.exitInfo) {
        child.kill('SIGKILL');
        throw e;
      }
      await withTimeout(closed, 5000, 'the kernel\'s stderr').catch(() => {});
      if (attempt < 3 && k.stderr.includes('address already in use')) {
        log(`the kernel could not bind its ports (try ${attempt}): another process took one; trying other ports`);
        continue;
      }
      throw e;
    }
  }
}

async function run() {
  const spec = JSON.parse(fs.readFileSync(path.join(specDir, 'kernel.json'), 'utf8'));
  log('kernelspec argv:', JSON.stringify(spec.argv), 'interrupt_mode:', spec.interrupt_mode);
  const k = await startKernel(spec);
  const { c, child, exited, info } = k;
  try {
    log('kernel_info:', info.implementation, info.implementation_version, info.protocol_version, info.language_info.name);
    check(info.status === 'ok' && info.implementation === 'gopad', 'kernel_info_reply');
    check(info.language_info && info.language_info.name === 'go', `language_info.name ${info.language_info && info.language_info.name}`);
    const hb = await c.heartbeat(2000);
    check(hb.ok, `heartbeat echo (${hb.ms} ms)`);

    // Waits for replies and statuses are bounds on a hang (30 s, as the Go
    // tests give a cell), not figures: a busy machine is slow, not broken.
    // The one figure checked is Jupyter's own: a kernel has 5 s to exit
    // after shutdown_request before jupyter_client kills it.

    // Live stream: 5 lines printed 200 ms apart arrive as they are printed,
    // in messages of their own, not all at the end (the gaps are figures).
    const code = 'for i := 1; i <= 5; i++ {\n\tfmt.Println("line", i)\n\ttime.Sleep(200 * time.Millisecond)\n}';
    const ex = await c.send('shell', 'execute_request', { code, silent: false, store_history: true, allow_stdin: false, stop_on_error: true, user_expressions: {} });
    const rep = await c.reply('shell', ex, 30000);
    await c.idle(ex, 30000);
    check(rep.content.status === 'ok', `execute reply status ${rep.content.status} ${rep.content.ename || ''} ${rep.content.evalue || ''}`);
    const streams = c.iopubOf(ex).filter(x => x.header.msg_type === 'stream');
    const arrivals = [];
    for (const s of streams) {
      for (const line of s.content.text.split('\n').filter(Boolean)) {
        arrivals.push({ line, at: (s.at - ex.sentAt) / 1000 });
      }
    }
    log('stream arrivals:', arrivals.map(a => `${a.line}@${a.at.toFixed(3)}`).join(', '));
    check(arrivals.map(a => a.line).join('|') === 'line 1|line 2|line 3|line 4|line 5', 'five lines in order');
    const gaps = arrivals.slice(1).map((a, i) => a.at - arrivals[i].at);
    check(streams.length >= 2 && arrivals.length > 0 && arrivals[0].at < arrivals[arrivals.length - 1].at,
      `the lines arrived in ${streams.length} stream messages while the cell ran, not in one at its end`);
    console.log(`TIMING vscode stream first=${arrivals[0] && arrivals[0].at} gaps=${gaps.map(g => g.toFixed(3)).join(',')}`);
    const types = c.iopubOf(ex).map(x => x.header.msg_type + (x.header.msg_type === 'status' ? ':' + x.content.execution_state : ''));
    check(types[0] === 'status:busy' && types[types.length - 1] === 'status:idle', `iopub wrapped in busy…idle: ${types.join(' ')}`);

    // Interrupt (interrupt_mode "message": interrupt_request on control).
    const loop = await c.send('shell', 'execute_request', { code: 'for {\n}', silent: false, store_history: true, allow_stdin: false, stop_on_error: true, user_expressions: {} });
    await c.waitFor(x => x.channel === 'iopub' && x.parent_header.msg_id === loop.header.msg_id && x.header.msg_type === 'execute_input', 30000, 'execute_input of for {}');
    await sleep(300);
    const intr = await c.send('control', 'interrupt_request', {});
    const intRep = await c.reply('control', intr, 30000);
    check(intRep.content.status === 'ok', `interrupt_reply status ${intRep.content.status}`);
    const loopRep = await c.reply('shell', loop, 30000);
    const afterInt = (loopRep.at - intr.sentAt) / 1000;
    check(loopRep.content.status === 'error' && loopRep.content.ename === 'Interrupted',
      `for {} reply: status=${loopRep.content.status} ename=${loopRep.content.ename}`);
    await c.idle(loop, 30000);
    const errs = c.iopubOf(loop).filter(x => x.header.msg_type === 'error');
    check(errs.length === 1 && errs[0].content.ename === 'Interrupted', `one iopub error Interrupted (${errs.length})`);
    console.log(`TIMING vscode interrupt reply=${afterInt}`);

    const again = await c.send('shell', 'execute_request', { code: '6 * 7', silent: false, store_history: true, allow_stdin: false, stop_on_error: true, user_expressions: {} });
    const againRep = await c.reply('shell', again, 30000);
    await c.idle(again, 30000);
    const result = c.iopubOf(again).find(x => x.header.msg_type === 'execute_result');
    check(againRep.content.status === 'ok' && result && result.content.data['text/plain'] === '42',
      `6 * 7 after interrupt → ${result && JSON.stringify(result.content.data)}`);

    // Shutdown: reply, then the process exits within 5 s.
    const sd = await c.send('control', 'shutdown_request', { restart: false });
    const sdRep = await c.reply('control', sd, 30000);
    check(sdRep.content.status === 'ok' && sdRep.content.restart === false, `shutdown_reply ${JSON.stringify(sdRep.content)}`);
    const ex2 = await withTimeout(exited, 5000, 'kernel process exit after shutdown').catch(e => { check(false, e.message); return null; });
    if (ex2) {
      const secs = (ex2.at - sd.sentAt) / 1000;
      check(ex2.code === 0, `kernel exit code ${ex2.code} signal ${ex2.signal}`);
      inWindow(secs, 0, 5, 'process exit after shutdown_request');
      console.log(`TIMING vscode shutdown exit=${secs}`);
    }
    check(c.badSignatures === 0, `all kernel messages correctly signed (${c.badSignatures} bad)`);
  } finally {
    c.close();
    if (!k.exitInfo) {
      child.kill('SIGKILL');
    }
  }
}

main(run, 90000);
