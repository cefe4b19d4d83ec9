import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('rate limiting per client', () => {
  it('allows the budget, refuses the next request with the seconds to wait, and refills over time', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(20); // one token per 20 s at 3 per minute
    expect(limiter.take('b')).toBe(0);
    now = 20_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });
});

describe('rate limiter memory', () => {
  it('keeps at most maxClients buckets, forgetting the least recently seen', () => {
    const limiter = new RateLimiter(1, () => 0, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('a'); // refused, but a is now the most recent
    limiter.take('c'); // evicts b
    expect(limiter.take('a')).toBeGreaterThan(0);
    expect(limiter.take('b')).toBe(0); // b was forgotten, so it starts with a full bucket
  });
});
