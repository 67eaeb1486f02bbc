/**
 * The action page's budgets: time to interactive (ms) for the built-in and a 500-target campaign, a keystroke (ms), the
 * built-in page gzipped (KiB).
 */
export declare const PAGE_BUDGETS: {
  builtinInteractiveMs: number;
  bigInteractiveMs: number;
  keystrokeMs: number;
  builtinGzipKiB: number;
};
/** Measures the action page's figures in headless Chromium (see bench/page.mjs). */
export declare function measurePage(
  dir: string,
  executablePath: string,
  options?: { loads?: number; best?: boolean },
): Promise<typeof PAGE_BUDGETS>;
