'use strict';
// Helpers shared by the frontend drivers (see kernel/frontends_test.go).

const fs = require('fs');
const path = require('path');

// The gather cell of the async chapter: Task Two prints its "Finished" line
// about 1 s after the request, Task One about 3 s after it.
const GATHER_CELL = fs.readFileSync(path.join(__dirname, 'gather.go.txt'), 'utf8').trimEnd();

const t0 = Date.now();

function log(...args) {
  const s = ((Date.now() - t0) / 1000).toFixed(3).padStart(7);
  console.log(`[${s}s]`, ...args);
}

function env(name) {
  const v = process.env[name];
  if (!v) {
    throw new Error(`environment variable ${name} is not set`);
  }
  return v;
}

function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

// withTimeout rejects when p has not settled within ms.
function withTimeout(p, ms, what) {
  let timer;
  return Promise.race([
    p,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

let failures = 0;

function check(ok, what) {
  if (ok) {
    log('ok  ', what);
  } else {
    failures++;
    log('FAIL', what);
  }
  return ok;
}

// inWindow checks that seconds lies in [lo, hi]. Keep hi for what a
// frontend itself waits (a busy machine is slow, not broken).
function inWindow(seconds, lo, hi, what) {
  return check(seconds !== undefined && seconds >= lo && seconds <= hi,
    `${what}: ${seconds === undefined ? 'never' : seconds.toFixed(3) + ' s'} (want ${lo}–${hi} s)`);
}

// atLeast checks that seconds is known and not below lo (a sleep of the
// cell's makes it at least that late, on any machine); it returns seconds.
function atLeast(seconds, lo, what) {
  check(seconds !== undefined && seconds >= lo,
    `${what}: ${seconds === undefined ? 'never' : seconds.toFixed(3) + ' s'} (not before ${lo} s)`);
  return seconds;
}

// inOrder checks that the times came in that order (none missing).
function inOrder(what, ...times) {
  return check(times.every(x => x !== undefined) && times.every((x, i) => i === 0 || times[i - 1] <= x),
    `${what} (${times.map(x => (x === undefined ? 'never' : x.toFixed(3))).join(' ≤ ')})`);
}

// main runs f and exits with 0 only when f returned and no check failed.
function main(f, overallMs) {
  const timer = setTimeout(() => {
    log('FAIL driver timed out after', overallMs, 'ms');
    process.exit(3);
  }, overallMs);
  f().then(() => {
    clearTimeout(timer);
    if (failures > 0) {
      log(`${failures} check(s) failed`);
      process.exit(1);
    }
    log('PASS');
    process.exit(0);
  }, err => {
    clearTimeout(timer);
    log('FAIL', err && err.stack ? err.stack : err);
    process.exit(2);
  });
}

module.exports = { GATHER_CELL, log, env, sleep, withTimeout, check, inWindow, atLeast, inOrder, main };
