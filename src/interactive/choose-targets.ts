// Step 1 of `pledge draft -i`: which targets (or posts to no one) to go through, filtered by a search term
// when there are many.
import { handleOn } from '../campaign/networks.js';
import type { Draft } from '../core/draft.js';
import { isUntargeted } from '../core/untargeted.js';
import { NETWORKS } from '../networks/index.js';
import type { Choice } from '../ui/prompt.js';
import { oneLine } from '../ui/sanitize.js';
import type { SessionDeps } from './session.js';

/** Above this many targets the list is filtered by a search term first. */
export const FILTER_ABOVE = 12;

/** Step 1: which targets. All are ticked unless the command line preselected some. */
export async function chooseTargets(
  drafts: Draft[],
  preselected: ReadonlySet<string> | undefined,
  deps: Pick<SessionDeps, 'prompter' | 'io'>,
): Promise<Draft[]> {
  let shown = drafts;
  if (drafts.length > FILTER_ABOVE) {
    const term = (
      await deps.prompter.input({
        message: `${drafts.length} organisations. Filter by name, handle or group (Enter for all):`,
      })
    )
      .trim()
      .toLowerCase();
    if (term) {
      shown = drafts.filter(({ target: t }) =>
        [t.name, t.handle ?? '', t.group, t.id].some((s) => s.toLowerCase().includes(term)),
      );
      if (shown.length === 0) {
        deps.io.out(`Nothing matches "${oneLine(term)}"; showing all.\n`);
        shown = drafts;
      }
    }
  }
  const choices: Choice<Draft>[] = shown.map((d) => ({
    name: choiceName(d),
    value: d,
    checked: preselected ? preselected.has(d.target.id) : true,
  }));
  // A campaign without targets drafts posts that address no one (core/untargeted.ts).
  const what = drafts.every((d) => isUntargeted(d.target)) ? 'posts' : 'organisations';
  return deps.prompter.checkbox({
    message: `Which ${what}? (space to toggle, a for all, enter to go on)`,
    choices,
    pageSize: 15,
    required: true,
  });
}

/** A draft in the picker: the organisation, its handle on the draft's network, its group. */
function choiceName(d: Draft): string {
  if (isUntargeted(d.target)) return `${oneLine(d.target.name)}  (addresses no one)`;
  const own = handleOn(d.target, d.network)?.handle;
  return `${oneLine(d.target.name)}${own ? ` ${oneLine(NETWORKS[d.network].mention(own))}` : ''}  (${oneLine(d.target.group)})`;
}
