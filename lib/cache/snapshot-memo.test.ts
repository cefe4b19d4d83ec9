import { describe, expect, it } from 'vitest';
import { SnapshotMemo } from './snapshot-memo';

/** A source whose loads the test resolves by hand, counting them; its generation and trust are the test's. */
function source() {
  const pending: ((value: string) => void)[] = [];
  const state = { generation: 0, trusted: true, loads: 0, hits: 0, misses: 0, version: 'v1' };
  return {
    state,
    /** Resolves every load begun so far with the current version. */
    settle: () => pending.splice(0).forEach((resolve) => resolve(state.version)),
    options: {
      load: () => {
        state.loads += 1;
        return new Promise<string>((resolve) => pending.push(resolve));
      },
      generation: () => state.generation,
      trusted: () => state.trusted,
      onLookup: (hit: boolean) => (hit ? (state.hits += 1) : (state.misses += 1)),
    },
  };
}

const LIMITS = { maxAnswers: 100, maxSize: 10_000, sizeOf: (a: string) => a.length };

async function answer(memo: SnapshotMemo<string, string>, s: ReturnType<typeof source>, key: string, build = (r: string) => `${key}:${r}`) {
  const result = memo.answer(key, build);
  s.settle();
  return result;
}

describe('the snapshot memo', () => {
  it('reads the record once and builds each answer once while the generation stands', async () => {
    const s = source();
    const memo = new SnapshotMemo(s.options, LIMITS);
    let builds = 0;
    const build = (r: string) => `${(builds += 1)}:${r}`;
    expect(await answer(memo, s, 'a', build)).toBe('1:v1');
    expect(await answer(memo, s, 'a', build)).toBe('1:v1');
    expect(await answer(memo, s, 'b', build)).toBe('2:v1');
    expect(await memo.record()).toBe('v1');
    expect(s.state).toMatchObject({ loads: 1, hits: 1, misses: 2 });
  });

  it('reads again and builds again after the generation moves on', async () => {
    const s = source();
    const memo = new SnapshotMemo(s.options, LIMITS);
    expect(await answer(memo, s, 'a')).toBe('a:v1');
    s.state.version = 'v2';
    s.state.generation += 1;
    expect(await answer(memo, s, 'a')).toBe('a:v2');
    expect(s.state.loads).toBe(2);
  });

  it('hands a read begun before a change only to those already waiting, and keeps nothing of it', async () => {
    const s = source();
    const memo = new SnapshotMemo(s.options, LIMITS);
    const early = memo.answer('a', (r) => r);
    // The change is taken in while the read is still under way, then the read ends with old data.
    s.state.generation += 1;
    s.settle();
    expect(await early).toBe('v1');
    s.state.version = 'v2';
    expect(await answer(memo, s, 'a', (r) => r)).toBe('v2');
    expect(s.state.loads).toBe(2);
  });

  it('keeps nothing while changes are not heard', async () => {
    const s = source();
    s.state.trusted = false;
    const memo = new SnapshotMemo(s.options, LIMITS);
    await answer(memo, s, 'a');
    const record = memo.record();
    s.settle();
    await record;
    await answer(memo, s, 'a');
    expect(s.state).toMatchObject({ loads: 3, hits: 0 });
    s.state.trusted = true;
    await answer(memo, s, 'a');
    await answer(memo, s, 'a');
    expect(s.state).toMatchObject({ loads: 4, hits: 1 });
  });

  it('does not keep a failed read or a failed answer', async () => {
    let fail = true;
    let loads = 0;
    const memo = new SnapshotMemo(
      {
        load: async () => {
          loads += 1;
          if (fail) throw new Error('database away');
          return 'v1';
        },
        generation: () => 0,
        trusted: () => true,
      },
      LIMITS,
    );
    await expect(memo.answer('a', (r) => r)).rejects.toThrow('database away');
    fail = false;
    expect(await memo.answer('a', (r) => r)).toBe('v1');
    await expect(memo.answer('b', () => Promise.reject(new Error('bad answer')))).rejects.toThrow('bad answer');
    expect(await memo.answer('b', (r) => `b:${r}`)).toBe('b:v1');
    expect(loads).toBe(2);
  });

  it('keeps at most its limit of answers, dropping the least recently used', async () => {
    const s = source();
    const memo = new SnapshotMemo(s.options, { maxAnswers: 2, maxSize: 1000, sizeOf: (a: string) => a.length });
    await answer(memo, s, 'a');
    await answer(memo, s, 'b');
    await answer(memo, s, 'a');
    await answer(memo, s, 'c');
    s.state.hits = 0;
    await answer(memo, s, 'a');
    expect(s.state.hits).toBe(1);
    await answer(memo, s, 'b');
    expect(s.state.hits).toBe(1);
  });

  it('keeps answers up to its size limit, dropping the least recently used', async () => {
    const s = source();
    const memo = new SnapshotMemo(s.options, { maxAnswers: 100, maxSize: 10, sizeOf: (a: string) => a.length });
    const big = (r: string) => `${r}-4567`; // 7 characters
    await answer(memo, s, 'a', big);
    await answer(memo, s, 'b', big);
    s.state.hits = 0;
    await answer(memo, s, 'b', big);
    await answer(memo, s, 'a', big);
    expect(s.state.hits).toBe(1);
  });
});
