/**
 * Failed sign-ins counted per account and per client address within a window. Past the limit the key
 * is refused until the oldest failure in the window has aged out: a temporary lock (never permanent,
 * so nobody can lock an account for good by guessing its address), and one the user is told the length of.
 */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly rule: ThrottleRule,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.rule.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.rule.maxFailures) return 0;
    const oldest = recent[recent.length - this.rule.maxFailures] ?? this.now();
    return Math.max(1, oldest + this.rule.windowMs - this.now());
  }

  recordFailure(key: string): void {
    if (!this.failures.has(key) && this.failures.size >= this.maxKeys) {
      // Bounded memory: forget the key that has waited longest.
      const first = this.failures.keys().next().value;
      if (first !== undefined) this.failures.delete(first);
    }
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
