// Side-by-side wall-time measurement: runs the commands in alternation (so machine noise hits all of them
// alike) and reports medians. Shared by the start-up and scale benches.
import { spawnSync } from 'node:child_process';

/** Wall time of one run of `argv`, in milliseconds; throws when it fails. */
export function timeOnce(argv, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !options.allowFailure) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Medians of `runs` alternating runs of each command (after one warm-up each, to fill the OS file cache). */
export function alternate(commands, runs = 21, options = {}) {
  const times = commands.map(() => []);
  for (const c of commands) timeOnce(c.argv, { ...options, ...c.options });
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, j) => times[j].push(timeOnce(c.argv, { ...options, ...c.options })));
  }
  return times.map(median);
}
