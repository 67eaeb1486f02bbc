/// <reference lib="dom" />
// Which targets a visitor has sent a post to, remembered on this device only (localStorage, one entry per
// campaign); shown as "2 of 5 sent". Storage may be off or full (private windows): the page then
// remembers for as long as it stays open.
import { textHash } from '../core/text-hash.js';

/** The progress of one page: mark a target sent, start again; `onChange` after each change. */
export interface Progress {
  markSent(targetId: string): void;
  clear(): void;
  readonly sent: ReadonlySet<string>;
}

/**
 * The localStorage key of a campaign's progress: its name and a hash of its targets' ids (pages of two campaigns don't
 * share one).
 */
export function progressKey(campaignName: string, targetIds: readonly string[]): string {
  return `pledge:sent:${textHash(targetIds.join('\n'))}:${campaignName}`;
}

/**
 * Loads the progress stored under `key` (only ids in `known` count), and shows it with `show` now and after each
 * change.
 */
export function loadProgress(
  key: string,
  known: ReadonlySet<string>,
  show: (sent: ReadonlySet<string>) => void,
): Progress {
  const sent = new Set<string>();
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (Array.isArray(stored)) for (const id of stored) if (typeof id === 'string' && known.has(id)) sent.add(id);
  } catch {
    // No storage, or not ours: start from nothing.
  }
  const save = () => {
    try {
      if (sent.size) localStorage.setItem(key, JSON.stringify([...sent]));
      else localStorage.removeItem(key);
    } catch {
      // Storage off or full: the page still shows the progress until it is closed.
    }
    show(sent);
  };
  show(sent);
  return {
    sent,
    markSent(id) {
      if (sent.has(id)) return;
      sent.add(id);
      save();
    },
    clear() {
      sent.clear();
      save();
    },
  };
}
