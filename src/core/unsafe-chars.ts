// Characters that must not reach a post unseen. X refuses a few outright (twitter-text's invalid characters
// U+FEFF, U+FFFE, U+FFFF, and NUL); others it posts but nobody sees: control characters, bidi controls that
// reorder what follows, zero-width spaces and tag characters (text hidden in a post). The terminal strips
// them (src/ui/sanitize.ts), so a draft would look clean while carrying them. Zero-width joiners and
// non-joiners and the bidi marks have honest uses (emoji sequences, Persian, Indic scripts, right-to-left
// text): outside emoji they are only noted. Inside an emoji sequence (ZWJ, tags of 🏴󠁧󠁢󠁳󠁣󠁴󠁿) nothing is noted.

/** What is wrong with a character: X refuses it, it is an invisible control, or a zero-width mark worth a look. */
type UnsafeKind = 'refused' | 'control' | 'zero-width';

/** One such character in a text. */
export interface UnsafeCharacter {
  /** `U+FEFF`: four to six upper-case hex digits. */
  codePoint: string;
  /** Offset in UTF-16 code units of the text scanned. */
  index: number;
  kind: UnsafeKind;
  /** `refused` and `control` are errors (the text must not be posted); `zero-width` is a warning. */
  severity: 'error' | 'warning';
  /** What it is, in words: `zero width space`. */
  name: string;
}

/** Every character any {@link UnsafeKind} covers, lone surrogates aside (see `isWellFormed`). */
export const MAY_BE_UNSAFE =
  /[\0-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]|\udb40[\udc00-\udc7f]/;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'tab',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0xad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero width no-break space (byte-order mark)',
  0xfffe: 'noncharacter',
  0xffff: 'noncharacter',
};

/** `U+00AD`, `U+1F600`. */
function formatCodePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The kind of a code point, or undefined for one that may reach a post (ZWJ counts as `zero-width`). */
function unsafeKind(cp: number): UnsafeKind | undefined {
  if (cp === 0 || cp === 0xfeff || cp === 0xfffe || cp === 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'refused';
  if (cp < 0x20) return cp === 0x0a ? undefined : 'control';
  if (cp >= 0x7f && cp <= 0x9f) return 'control';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'control';
  if (cp === 0x200b || cp === 0x180e || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xe0000 && cp <= 0xe007f))
    return 'control';
  if (cp === 0xad || cp === 0x061c || (cp >= 0x200c && cp <= 0x200f)) return 'zero-width';
  return undefined;
}

/** Tab is a C0 control too, but a visible space: kept (the sanitiser keeps it as well). */
const ALLOWED = new Set([0x09]);

/** The {@link UnsafeCharacter} for a code point at an offset, or undefined when it is fine. */
function unsafeAt(cp: number, index: number): UnsafeCharacter | undefined {
  if (ALLOWED.has(cp)) return undefined;
  const kind = unsafeKind(cp);
  if (!kind) return undefined;
  const name =
    NAMES[cp] ??
    (cp >= 0xd800 && cp <= 0xdfff
      ? 'lone surrogate'
      : cp >= 0xe0000
        ? 'tag character'
        : cp >= 0x2061
          ? 'invisible operator'
          : 'control character');
  return { codePoint: formatCodePoint(cp), index, kind, severity: kind === 'zero-width' ? 'warning' : 'error', name };
}

/**
 * Every unsafe character of `text`, in order, except inside the given emoji ranges (flat `[start, end, …]`
 * UTF-16 offsets, see emojiRanges in src/core/emoji-guard.ts), where ZWJ and tags belong.
 */
export function findUnsafeCharacters(text: string, emoji: readonly number[] = []): UnsafeCharacter[] {
  if (!MAY_BE_UNSAFE.test(text) && text.isWellFormed()) return [];
  const out: UnsafeCharacter[] = [];
  let e = 0;
  for (let i = 0; i < text.length; ) {
    while (e < emoji.length && emoji[e + 1]! <= i) e += 2;
    if (e < emoji.length && emoji[e]! <= i) {
      i = emoji[e + 1]!;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const found = unsafeAt(cp, i);
    if (found) out.push(found);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}
