/**
 * A token bucket per client: `perMinute` requests, refilled continuously. In memory, per server
 * process — enough to keep one client from starving the others; a shared limiter belongs in the
 * reverse proxy when the app runs in several processes.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds until the next token. */
  take(client: string): number {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, updated: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updated) * refillPerMs);
    bucket.updated = now;
    if (this.buckets.size > 10_000) this.prune(now);
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
  }

  private prune(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (now - bucket.updated > 60_000) this.buckets.delete(client);
    }
  }
}
