import { describe, expect, it, vi } from 'vitest';
import { beginShutdown, isShuttingDown, onShutdown, runClosers } from './shutdown.mjs';

describe('closers run when the process stops', () => {
  it('runs every registered closer once, the last registered first, and goes on past one that fails or hangs', async () => {
    const order: string[] = [];
    onShutdown('database', () => order.push('database'));
    onShutdown('broken', () => {
      throw new TypeError('boom');
    });
    onShutdown('hanging', () => new Promise(() => {}));
    onShutdown('listener', async () => {
      order.push('listener');
    });
    const unregister = onShutdown('gone', () => order.push('gone'));
    unregister();

    const failed = await runClosers({ timeoutMs: 200 });
    expect(order).toEqual(['listener', 'database']);
    expect(failed).toEqual([
      { name: 'hanging', error: 'TimeoutError' },
      { name: 'broken', error: 'TypeError' },
    ]);
    expect(await runClosers({ timeoutMs: 200 })).toEqual([]);
    expect(order).toHaveLength(2);
  });

  it('a name registered again replaces the earlier closer (a module loaded twice closes its resource once)', async () => {
    const calls: string[] = [];
    onShutdown('cache-listener', () => calls.push('first'));
    onShutdown('cache-listener', () => calls.push('second'));
    await runClosers({ timeoutMs: 200 });
    expect(calls).toEqual(['second']);
  });

  it('the state is shared through globalThis, so a second copy of the module sees the same process', async () => {
    expect(isShuttingDown()).toBe(false);
    beginShutdown();
    vi.resetModules();
    const copy = await import('./shutdown.mjs');
    expect(copy.isShuttingDown).not.toBe(isShuttingDown);
    expect(copy.isShuttingDown()).toBe(true);
  });
});
