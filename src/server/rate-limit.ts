// A token bucket per key (a client address, a token name): each write takes one token, tokens come back at a
// steady rate up to the bucket's size. In memory, so a restart forgets; enough to keep one analyst's script
// or a password-guessing client from flooding a single server.

export interface RateLimit {
  /** Requests a key may make in a burst. */
  burst: number;
  /** Tokens a key gets back per second. */
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 60, perSecond: 2 };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = () => Date.now(),
    /** Buckets kept before full (idle) ones are dropped. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes a token for `key`: 0 when allowed, else the seconds until one is back. */
  take(key: string): number {
    const now = this.now();
    const b = this.refill(key, now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.limit.perSecond));
  }

  private refill(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      b = { tokens: this.limit.burst, at: now };
      this.buckets.set(key, b);
      return b;
    }
    b.tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
    b.at = now;
    return b;
  }

  /** Drops buckets that have filled up again (their keys have been idle): they hold nothing worth keeping. */
  private prune(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(key);
    }
    // Under a flood of distinct keys nothing is idle: forget the oldest half rather than grow without bound.
    if (this.buckets.size >= this.maxKeys) {
      let n = Math.floor(this.buckets.size / 2);
      for (const key of this.buckets.keys()) {
        if (n-- <= 0) break;
        this.buckets.delete(key);
      }
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
