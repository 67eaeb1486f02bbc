// Changing one draft in `pledge draft -i`: editing its text (in $EDITOR or on one line) until it fits, or
// choosing another wording among those that fit.
import type { Campaign } from '../campaign/load.js';
import { whyInvalid } from '../core/count.js';
import { withText, type Draft } from '../core/draft.js';
import { alternativesFor } from '../core/drafting.js';
import { EditorError } from '../errors.js';
import type { Choice } from '../ui/prompt.js';
import { oneLine, sanitize } from '../ui/sanitize.js';
import type { SessionDeps } from './session.js';

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Edits until the text fits, or the user goes back (keeping the draft as it was): a refused edit says why and
 * asks whether to edit again, so an editor that keeps writing something refused never loops by itself.
 */
export async function edit(
  campaign: Campaign,
  draft: Draft,
  how: 'editor' | 'inline',
  deps: Pick<SessionDeps, 'prompter' | 'io' | 'networkOptions'>,
): Promise<Draft> {
  let text = draft.text;
  for (;;) {
    let raw: string;
    try {
      raw =
        how === 'editor'
          ? await deps.prompter.editor({
              message: 'Edit the draft (save and close the editor when done):',
              default: text,
              postfix: '.txt',
            })
          : await deps.prompter.input({ message: 'Edit the draft:', default: text, prefill: 'editable' });
    } catch (e) {
      if (!(e instanceof EditorError)) throw e;
      deps.io.out(`${deps.io.colors.error('Could not edit:')} ${e.message}.\n`);
      return draft;
    }
    const edited = raw.replace(/\r\n/g, '\n').trim();
    if (edited === '') {
      deps.io.out(`${deps.io.colors.warn('An empty draft cannot be tweeted.')} Keeping the previous one.\n`);
      return draft;
    }
    const next = withText(campaign, draft, edited, deps.networkOptions);
    if (next.post.valid) return next;
    const { length, limit, problems } = next.post;
    const why = next.count
      ? whyInvalid(next.count)!
      : length > limit
        ? `${length}/${limit}: ${length - limit} over the limit`
        : problems.join('; ');
    deps.io.out(`${deps.io.colors.error(`Not accepted: ${why}.`)}\n`);
    const again = await deps.prompter.select({
      message: 'What now?',
      choices: [
        { name: 'Edit it again', value: true },
        { name: 'Back (keep the draft as it was)', value: false },
      ],
    });
    if (!again) return draft;
    text = edited;
  }
}

/**
 * Offers up to 12 other wordings that fit the draft's target on its network (shuffled by `seed`, the current
 * one left out), each with its count; resolves to the chosen one, or the draft as it was.
 */
export async function reword(
  campaign: Campaign,
  draft: Draft,
  seed: number,
  deps: Pick<SessionDeps, 'prompter' | 'io' | 'networkOptions'>,
): Promise<Draft> {
  const others = alternativesFor(campaign, draft.target, seed, [draft.text], draft.network, deps.networkOptions).slice(
    0,
    12,
  );
  if (others.length === 0) {
    deps.io.out('No other wording fits this organisation.\n');
    return draft;
  }
  const choices: Choice<Draft | undefined>[] = [
    ...others.map((d) => ({
      name: `${String(d.post.length).padStart(3)}/${d.post.limit}  ${truncate(oneLine(d.text), 68)}`,
      value: d,
      description: sanitize(d.text),
    })),
    { name: 'Keep the current wording', value: undefined },
  ];
  return (await deps.prompter.select({ message: 'Choose a wording:', choices, pageSize: 14 })) ?? draft;
}
