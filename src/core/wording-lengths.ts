import type { Point } from '../campaign/model.js';
import { renderTemplate, type TemplatePart, type TemplateValues } from '../campaign/template.js';
import { MAX_WEIGHTED_LENGTH, quickLength } from './count.js';
import type { PointForm, Wording } from './wordings.js';

// Lengths by arithmetic. A template rendered once per target with a stand-in point (§), and each point text
// measured once, give every wording's exact length without rendering it, when all of it is plain (quick
// length) and each stand-in sits between spaces or line ends: the point then changes nothing around it
// (no folding of spaces, no dot joining a link) and adds its own length. The text is rendered only when read.
const STAND_IN = '§';

/** Length of a template rendered for a target with the stand-in point, and how many points it holds. */
export type Frame = { length: number; points: number } | undefined;

function frameOf(parts: readonly TemplatePart[], base: TemplateValues): Frame {
  const points = parts.filter((p) => 'placeholder' in p && p.placeholder === 'point').length;
  const text = renderTemplate(parts, { ...base, point: STAND_IN });
  if (quickLength(text) === undefined) return undefined;
  let found = 0;
  for (let i = text.indexOf(STAND_IN); i >= 0; i = text.indexOf(STAND_IN, i + 1)) {
    const before = i === 0 ? ' ' : text[i - 1];
    const after = i === text.length - 1 ? ' ' : text[i + 1];
    if ((before !== ' ' && before !== '\n') || (after !== ' ' && after !== '\n')) return undefined;
    found++;
  }
  return found === points ? { length: text.length, points } : undefined;
}

/** The frame of each template, found when first asked for; none with `plain`. */
export function framesFor(
  parsed: readonly TemplatePart[][],
  base: TemplateValues,
  plain = false,
): (i: number) => Frame {
  const frames = new Map<number, Frame>();
  return (i) => {
    if (!frames.has(i)) frames.set(i, plain ? undefined : frameOf(parsed[i]!, base));
    return frames.get(i);
  };
}

/** A point text's length when it can stand in for §: plain, no stand-in, no doubled space or line break. */
const pieceLengths = new WeakMap<Point, [number | undefined, number | undefined]>();
export function pieceOf(point: Point, form: PointForm): number | undefined {
  let lengths = pieceLengths.get(point);
  if (!lengths) {
    const piece = (t: string) =>
      t.includes(STAND_IN) || t.includes('  ') || t.includes('\n') || t.trim() !== t || !t ? undefined : quickLength(t);
    pieceLengths.set(point, (lengths = [piece(point.text), piece(point.short)]));
  }
  return lengths[form === 'long' ? 0 : 1];
}

/** A wording whose exact length is known by arithmetic: its text is rendered when first read. */
export class LazyWording implements Wording {
  #text: string | undefined;
  readonly fits: boolean;
  constructor(
    readonly pointIndex: number,
    readonly point: Point,
    readonly form: PointForm,
    readonly templateIndex: number,
    readonly length: number,
    private readonly render: () => string,
  ) {
    this.fits = length > 0 && length <= MAX_WEIGHTED_LENGTH;
  }
  get text(): string {
    return (this.#text ??= this.render());
  }
}
