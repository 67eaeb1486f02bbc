import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/render/table.js';

describe('formatTable', () => {
  it('150,000 rows: no stack overflow, columns as wide as the widest cell', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [
      `target-${i}`,
      i === 77_777 ? 'the longest name of all' : 'x',
    ]);
    const lines = (await formatTable(['ID', 'NAME'], rows)).split('\n');
    expect(lines).toHaveLength(150_002);
    expect(lines[0]).toBe(`${'ID'.padEnd('target-149999'.length)}  NAME`);
    expect(lines[77_778]).toBe('target-77777   the longest name of all');
  });
});
