/**
 * Store: the one observable holder of the application state. Features read the state, call `update`
 * with a pure transformation, and subscribe to re-render; nothing else holds shared mutable state.
 */

export type Listener<T> = (state: T, previous: T) => void;

/** A minimal observable value: get, update, subscribe. */
export class Store<T> {
  private state: T;
  private readonly listeners = new Set<Listener<T>>();

  constructor(initial: T) {
    this.state = initial;
  }

  /** The current state (treat it as read-only). */
  get(): T {
    return this.state;
  }

  /** Replaces the state with `change(state)` and notifies listeners when it changed. */
  update(change: (state: T) => T): void {
    const previous = this.state;
    const next = change(previous);
    if (next === previous) return;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
