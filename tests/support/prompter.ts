import { onTestFinished } from 'vitest';
import type { Choice, Prompter } from '../../src/ui/prompt.js';

type Kind = keyof Prompter;
/** What any prompt may be given (a test reads only what its prompt kind has). */
interface PromptOptions {
  message: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each prompt kind has its own default type
  default?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- choices of any value type
  choices: Choice<any>[];
}
/** One expected prompt and how to answer it (given what was asked). */
export type Step = { kind: Kind; answer: (options: PromptOptions) => unknown; expect?: RegExp };

/**
 * A Prompter that plays a script of steps in order and fails on anything unexpected: a prompt of another kind
 * or message, a prompt after the script has ended, and (checked when the test finishes, so no test can forget
 * it) a step left unused.
 */
export function scriptedPrompter(steps: Step[]): Prompter & { asked: string[] } {
  const queue = [...steps];
  const asked: string[] = [];
  onTestFinished(() => {
    if (queue.length === 0) return;
    const left = queue.map((s) => (s.expect ? `${s.kind} ${s.expect}` : s.kind)).join(', ');
    throw new Error(`${queue.length} scripted answer(s) never used (${left}); prompts asked: ${asked.join(' | ')}`);
  });
  const next = (kind: Kind, options: { message: string }) => {
    asked.push(`${kind}: ${options.message}`);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected ${kind} prompt "${options.message}": the script has ended`);
    if (step.kind !== kind) throw new Error(`expected a ${step.kind} prompt, got ${kind} "${options.message}"`);
    if (step.expect && !step.expect.test(options.message)) {
      throw new Error(`prompt "${options.message}" does not match ${step.expect}`);
    }
    return Promise.resolve(step.answer(options as PromptOptions));
  };
  return {
    asked,
    confirm: (o) => next('confirm', o) as Promise<boolean>,
    select: <T>(o: { message: string; choices: Choice<T>[] }) => next('select', o) as Promise<T>,
    checkbox: <T>(o: { message: string; choices: Choice<T>[] }) => next('checkbox', o) as Promise<T[]>,
    editor: (o) => next('editor', o) as Promise<string>,
    input: (o) => next('input', o) as Promise<string>,
  };
}

/** Answers a select with the choice whose name matches. */
export const pick = (name: RegExp) => (o: { choices: Choice<unknown>[] }) => {
  const c = o.choices.find((c) => name.test(c.name));
  if (!c) throw new Error(`no choice matches ${name}: ${o.choices.map((c) => c.name).join(' | ')}`);
  if (c.disabled) throw new Error(`choice ${c.name} is disabled`);
  return c.value;
};
