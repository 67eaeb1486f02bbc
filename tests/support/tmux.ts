import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A program running in a real pseudo-terminal under tmux (its own server socket): type with `keys`, read the
 * screen, wait for text to appear. tmux accepts OSC 52 from the program (set-clipboard on), so what the
 * program copies lands in tmux's paste buffer.
 */
export class Terminal {
  private constructor(private readonly socket: string) {}

  static start(
    command: string[],
    env: Record<string, string | undefined> = {},
    size = { width: 110, height: 40 },
  ): Terminal {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-tmux-'));
    const conf = join(dir, 'tmux.conf');
    writeFileSync(conf, 'set -g set-clipboard on\nset -g remain-on-exit on\nset -g history-limit 5000\n');
    const socket = join(dir, 'socket');
    const q = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
    const entries = Object.entries(env);
    // env(1) takes its -u options before any NAME=value.
    const unset = entries.filter(([, v]) => v === undefined).map(([k]) => `-u ${q(k)}`);
    const set = entries.filter(([, v]) => v !== undefined).map(([k, v]) => q(`${k}=${v}`));
    // The shell prints the exit status on the screen when the program ends (tmux 3.3 does not always keep it).
    const line = `env ${[...unset, ...set].join(' ')} ${command.map(q).join(' ')}; echo "[exit $?]"`;
    execFileSync('tmux', [
      '-S',
      socket,
      '-f',
      conf,
      'new-session',
      '-d',
      '-x',
      String(size.width),
      '-y',
      String(size.height),
      line,
    ]);
    return new Terminal(socket);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  /** The whole scrollback and screen, as text. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-');
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Resolves with the screen once `pattern` appears on it; rejects with the screen after `ms`. */
  async waitFor(pattern: RegExp, ms = 15_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; the screen was:\n${screen}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The exit status once the program has ended. */
  async exitStatus(ms = 15_000): Promise<number> {
    const screen = await this.waitFor(/\[exit \d+\]/, ms);
    return Number(/\[exit (\d+)\]/.exec(screen)![1]);
  }

  /** tmux's paste buffer: what the program copied with OSC 52. */
  clipboard(): string {
    return this.tmux('show-buffer');
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
