#!/usr/bin/env node
/**
 * `npm run bench [-- --quick]`: every performance measurement of the
 * project, in sequence, in one run, each section printing its own table
 * (the README's "Performance" section explains them and holds one full run's output).
 * All figures worth comparing are ratios measured within this one run: the
 * machine is shared and absolute times do not carry over between runs.
 *
 *   1. pipeline     scripts/bench-pipeline.js: parse, build, glpk.js, read vs glpsol and HiGHS
 *   2. formulation  scripts/bench-formulation.js (when present): plain vs reduced LP, memory
 *   3. peers        scripts/bench-peers.js: ours vs javascript-lp-solver, YALPS, HiGHS
 *   4. browser      scripts/bench-browser.js: edit → rendered split vs the bare solve, long tasks
 *   5. at scale     scripts/bench-browser-scale.js: a 100× scenario in the app, worker memory
 *                   over 1,000 solves, sweep throughput with 1, 2, N, 2N workers
 *   6. Monte Carlo  scripts/measure-analysis-longtasks.js: long tasks during 1,000 draws
 *   7. size         scripts/lib-size.js --build: the embeddable library's download size
 *   8. plan         scripts/bench-plan.js: planning (issue 13) on the default model and at 100× vs glpsol
 *   9. aggregation  scripts/bench-aggregation.js: issue 18's targets, each with its measured ratio, met or
 *                   not (`--instances DIR` is passed on: published instances kept outside the repository)
 *  10. warm         scripts/bench-warm.js: issue 18's warm starts: a 20-point capacity sweep and 20 Monte
 *                   Carlo draws on the 100× network, warm vs cold, against the ≤ 5 cold solves target
 *  11. browser1m    scripts/bench-browser-1m.js: issue 18's browser target: 1M arc-LP variables in the solver
 *                   worker within 1 GB of wasm memory, with progress and Cancel, page interactive
 *                   (`--quick`: a network of about 140,000, the target not judged)
 *
 * `--quick` runs every section small (about 3 minutes, and 3 more for the warm
 * section's solves of the 100× network); the full run takes about 25. `--only peers,pool` (section names above, or `scale`) runs some.
 * A section that fails is reported and the run goes on; the exit code is 1
 * if any failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findOnPath, machineLines, option, root } from './bench-common.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = option(args, 'only', null)?.split(',');
const script = (name) => join(root, 'scripts', name);
const quickFlag = quick ? ['--quick'] : [];

const SECTIONS = [
  { name: 'pipeline', title: 'Pipeline step by step vs native glpsol and HiGHS', run: [script('bench-pipeline.js'), ...quickFlag, '--max-minutes', quick ? '0.75' : '5'] },
  {
    name: 'formulation',
    title: 'Formulation: plain vs reduced LP (scripts/bench-formulation.js)',
    run: [script('bench-formulation.js'), ...quickFlag, '--max-minutes', quick ? '0.5' : '6'],
    optional: true,
  },
  { name: 'peers', title: 'Peers: ours end to end vs javascript-lp-solver, YALPS and HiGHS', run: [script('bench-peers.js'), ...quickFlag] },
  { name: 'browser', title: 'Browser: edit → rendered split vs the bare glpk.js solve', run: [script('bench-browser.js'), '--runs', quick ? '10' : '30'] },
  { name: 'scale', title: 'Browser at scale, worker memory, pool scaling', run: [script('bench-browser-scale.js'), ...quickFlag] },
  { name: 'montecarlo', title: 'Main thread during a 1,000-draw Monte Carlo run in the app', run: [script('measure-analysis-longtasks.js'), '--runs', '1000'] },
  { name: 'size', title: 'Library size', run: [script('lib-size.js'), '--build'] },
  { name: 'plan', title: 'Planning over years with projects vs native glpsol on the same MIP', run: [script('bench-plan.js'), ...quickFlag] },
  {
    name: 'aggregation',
    title: 'Issue 18 targets: aggregation, CLI end to end vs native glpsol and HiGHS',
    run: [script('bench-aggregation.js'), ...quickFlag, ...(option(args, 'instances', null) ? ['--instances', option(args, 'instances', null)] : [])],
  },
  { name: 'warm', title: 'Issue 18 warm starts: sweep and Monte Carlo re-solves from the last basis vs cold', run: [script('bench-warm.js'), ...quickFlag] },
  {
    name: 'browser1m',
    title: 'Issue 18 in the browser: 1M arc-LP variables in the solver worker, progress, Cancel, long tasks',
    run: [script('bench-browser-1m.js'), ...quickFlag],
  },
];

const started = performance.now();
console.log(`corridor-flow benchmark${quick ? ' (--quick)' : ''}`);
for (const line of machineLines()) console.log(line);
console.log('');

ensureGlpsol();

const failed = [];
let number = 0;
for (const section of SECTIONS) {
  if (only && !only.includes(section.name)) continue;
  number++;
  console.log(`== ${number}. ${section.title} ==`);
  if (section.optional && !existsSync(section.run[0])) {
    console.log(`(skipped: ${section.run[0].slice(root.length + 1)} is not there)\n`);
    continue;
  }
  const sectionStarted = performance.now();
  const code = await run(section.run);
  const seconds = Math.round((performance.now() - sectionStarted) / 1000);
  if (code !== 0) {
    failed.push(section.name);
    console.log(`(section ${section.name} FAILED with exit code ${code} after ${seconds} s)\n`);
  } else {
    console.log(`(${seconds} s)\n`);
  }
}
console.log(`benchmark done in ${((performance.now() - started) / 60_000).toFixed(1)} min${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);

/** Runs a script with this Node, its output going straight to ours; resolves with its exit code. */
function run(argv) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, argv, { cwd: root, stdio: 'inherit' });
    child.once('exit', (code, signal) => resolveRun(code ?? (signal ? 128 : 1)));
    child.once('error', () => resolveRun(1));
  });
}

/** glpsol is the native reference of section 1: installed as root when missing, else that column is skipped. */
function ensureGlpsol() {
  if (findOnPath('glpsol')) return;
  if (process.getuid?.() === 0 && findOnPath('apt-get')) {
    console.log('glpsol is missing: installing glpk-utils with apt-get');
    const install = spawnSync('apt-get', ['install', '-y', '-q', 'glpk-utils'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (install.status === 0 && findOnPath('glpsol')) return;
    console.log('(apt-get install glpk-utils failed: the glpsol column is skipped)');
  } else {
    console.log('glpsol is missing and this is not root: the glpsol column is skipped (apt-get install glpk-utils to include it)');
  }
  console.log('');
}
