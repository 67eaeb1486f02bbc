// `npm run bench:start`: cold start of `pledge draft` on the built-in campaign against bare `node -e 0`.
// Prints the median over alternating rounds of each command's time over node's in the same round; exits 1
// when over budget.
import { fileURLToPath } from 'node:url';
import { pairedRatios } from './measure.mjs';

const bin = fileURLToPath(new URL('../bin/pledge.js', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 31);
const budget = Number(process.env.BENCH_BUDGET ?? 1.5);
const node = process.execPath;
const commands = [
  { name: 'node -e 0', argv: [node, '-e', '0'] },
  { name: 'pledge draft', argv: [node, bin, 'draft', '--seed', '1'] },
  { name: 'pledge targets', argv: [node, bin, 'targets'] },
  { name: 'pledge --help', argv: [node, bin, '--help'] },
];
const { ratios, medians } = pairedRatios(commands, runs);
console.log(`${'command'.padEnd(16)} ${'median'.padStart(9)}  ratio`);
commands.forEach((c, i) =>
  console.log(`${c.name.padEnd(16)} ${medians[i].toFixed(1).padStart(7)}ms  ${ratios[i].toFixed(2)}`),
);
const ratio = ratios[1];
console.log(
  `\npledge draft / node -e 0 = ${ratio.toFixed(2)} (budget ${budget}): ${ratio <= budget ? 'pass' : 'FAIL'}`,
);
process.exitCode = ratio <= budget ? 0 : 1;
