// `npm run bench:start`: cold start of `pledge draft` on the built-in campaign against bare `node -e 0`.
// Prints the ratio of medians over alternating runs; exits 1 when over budget.
import { fileURLToPath } from 'node:url';
import { alternate } from './measure.mjs';

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
const [base, ...rest] = alternate(commands, runs);
console.log(`${'command'.padEnd(16)} ${'median'.padStart(9)}  ratio`);
console.log(`${commands[0].name.padEnd(16)} ${base.toFixed(1).padStart(7)}ms  1.00`);
rest.forEach((ms, i) => console.log(`${commands[i + 1].name.padEnd(16)} ${ms.toFixed(1).padStart(7)}ms  ${(ms / base).toFixed(2)}`));
const ratio = rest[0] / base;
console.log(`\npledge draft / node -e 0 = ${ratio.toFixed(2)} (budget ${budget}): ${ratio <= budget ? 'pass' : 'FAIL'}`);
process.exitCode = ratio <= budget ? 0 : 1;
