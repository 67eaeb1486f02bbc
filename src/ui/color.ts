
/** The few styles pledge uses; chosen to read on dark and light terminals (no white, black or backgrounds). */
export interface Colors {
  enabled: boolean;
  strong(s: string): string;
  handle(s: string): string;
  dim(s: string): string;
  ok(s: string): string;
  warn(s: string): string;
  error(s: string): string;
  url(s: string): string;
}

export interface ColorContext {
  /** Whether the stream written to is a terminal. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** `--no-color` was given. */
  noColor?: boolean;
}

/** Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR turns it on (for tests and pagers). */
function colorLevel({ isTTY, env, noColor }: ColorContext): 0 | 1 {
  if (noColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

const plain = (s: string) => s;

/** Styles that leave text as it is. */
export const NO_COLORS: Colors = {
  enabled: false,
  strong: plain,
  handle: plain,
  dim: plain,
  ok: plain,
  warn: plain,
  error: plain,
  url: plain,
};

/** The single place colour is decided and applied; chalk is loaded only when there is colour to show. */
export async function createColors(ctx: ColorContext): Promise<Colors> {
  const level = colorLevel(ctx);
  if (level === 0) return NO_COLORS;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return {
    enabled: true,
    strong: (s) => c.bold(s),
    handle: (s) => c.cyan(s),
    dim: (s) => c.dim(s),
    ok: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red(s),
    url: (s) => c.blue.underline(s),
  };
}
