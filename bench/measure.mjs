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

/**
 * Median, over alternating rounds, of each command's time divided by the first command's time in the same
 * round: pairing runs that are close in time cancels more of the machine's drift than a ratio of medians.
 */
export function pairedRatios(commands, runs = 21, options = {}) {
  const ratios = commands.map(() => []);
  const times = commands.map(() => []);
  for (const c of commands) timeOnce(c.argv, { ...options, ...c.options });
  for (let i = 0; i < runs; i++) {
    // Each round starts at a different command, so no command always runs first (or right after another).
    const round = new Array(commands.length);
    for (let k = 0; k < commands.length; k++) {
      const j = (i + k) % commands.length;
      round[j] = timeOnce(commands[j].argv, { ...options, ...commands[j].options });
    }
    round.forEach((ms, j) => {
      times[j].push(ms);
      ratios[j].push(ms / round[0]);
    });
  }
  return { ratios: ratios.map(median), medians: times.map(median) };
}
