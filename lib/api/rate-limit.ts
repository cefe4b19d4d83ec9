/**
 * A token bucket per client: `perMinute` requests, refilled continuously. In memory, per server
 * process — enough to keep one client from starving the others; a shared limiter belongs in the
 * reverse proxy when the app runs in several processes. At most `maxClients` buckets are kept: the
 * least recently seen go first, so a flood of new client keys cannot exhaust memory.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => Date.now(),
    private readonly maxClients = 50_000,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds until the next token. */
  take(client: string): number {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, updated: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updated) * refillPerMs);
    bucket.updated = now;
    this.buckets.delete(client); // re-inserted last: the map stays ordered by last use
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
  }
}
