/**
 * One record read from the database and the answers built from it, kept in memory until the data's
 * generation moves on (a change was announced). A record or answer whose loading began before a
 * change was taken in is handed only to the requests that were already waiting for it, never kept:
 * a request arriving after the change always starts from the database again.
 */

export interface SnapshotSource<R> {
  load(): Promise<R>;
  /** Moves on whenever the data may have changed. */
  generation(): number;
  /** Whether changes are being heard. When not, nothing is kept: every call loads afresh. */
  trusted(): boolean;
  onLookup?(hit: boolean): void;
}

interface Kept<A> {
  answer: Promise<A>;
  /** Known once the answer is built. */
  size: number;
}

interface Snapshot<R, A> {
  generation: number;
  record: Promise<R>;
  answers: Map<string, Kept<A>>;
  size: number;
}

/** Bounds on what is kept of one generation's answers: queries are chosen by clients. */
export interface AnswerLimits<A> {
  maxAnswers: number;
  maxSize: number;
  sizeOf(answer: A): number;
}

export class SnapshotMemo<R, A> {
  private current: Snapshot<R, A> | null = null;

  constructor(
    private readonly source: SnapshotSource<R>,
    private readonly limits: AnswerLimits<A>,
  ) {}

  private snapshot(): Snapshot<R, A> | null {
    if (!this.source.trusted()) {
      this.current = null;
      return null;
    }
    const generation = this.source.generation();
    if (this.current?.generation !== generation) {
      const snapshot: Snapshot<R, A> = { generation, record: this.source.load(), answers: new Map(), size: 0 };
      // A failed read is not kept: the next request tries the database again.
      snapshot.record.catch(() => {
        if (this.current === snapshot) this.current = null;
      });
      this.current = snapshot;
    }
    return this.current;
  }

  /** The record of the current generation. */
  record(): Promise<R> {
    return this.snapshot()?.record ?? this.source.load();
  }

  /** The answer under `key`, built once per generation from its record. */
  answer(key: string, build: (record: R) => A | Promise<A>): Promise<A> {
    const snapshot = this.snapshot();
    const kept = snapshot?.answers.get(key);
    this.source.onLookup?.(kept !== undefined);
    if (!snapshot) return this.source.load().then(build);
    if (kept) {
      // Least recently used answers go first.
      snapshot.answers.delete(key);
      snapshot.answers.set(key, kept);
      return kept.answer;
    }
    const made = snapshot.record.then(build);
    const entry: Kept<A> = { answer: made, size: 0 };
    snapshot.answers.set(key, entry);
    made.then(
      (answer) => {
        if (snapshot.answers.get(key) !== entry) return;
        entry.size = this.limits.sizeOf(answer);
        snapshot.size += entry.size;
        this.trim(snapshot);
      },
      () => {
        if (snapshot.answers.get(key) === entry) snapshot.answers.delete(key);
      },
    );
    this.trim(snapshot);
    return made;
  }

  private trim(snapshot: Snapshot<R, A>) {
    for (const [key, kept] of snapshot.answers) {
      if (snapshot.answers.size <= this.limits.maxAnswers && snapshot.size <= this.limits.maxSize) return;
      snapshot.answers.delete(key);
      snapshot.size -= kept.size;
    }
  }
}
