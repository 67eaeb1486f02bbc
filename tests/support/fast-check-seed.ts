// Every property runs from one fixed seed, so `npm test` is deterministic: a failure reproduces on every
// machine and run. `npm run test:soak` explores instead: FC_SEED=random draws a fresh seed per property (the
// seed of a failure is printed; pin it beside the property as a regression); FC_SEED=N replays seed N.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? '20261129';
if (seed !== 'random') {
  if (!/^-?\d+$/.test(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(seed)}`);
  fc.configureGlobal({ seed: Number(seed) });
}
