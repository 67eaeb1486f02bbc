// The floor for drafting: a node process that loads twitter-text and runs parseTweet once on each of the
// final drafts (read from the JSON document `pledge draft --json` printed).
import { readFileSync } from 'node:fs';
import twitter from 'twitter-text';

const { drafts } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let total = 0;
for (const d of drafts) total += twitter.parseTweet(d.text).weightedLength;
if (total <= 0) process.exitCode = 1;
