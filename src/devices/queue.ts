// A promise queue: runs asynchronous operations one at a time, in the order they were asked
// for. Used by the connection session (one connect/identify/run at a time) and by the
// Bluetooth transport (one GATT operation at a time). Devices layer: no DOM, no framework.

export class OperationQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** How many operations are queued or running. */
  get size(): number {
    return this.waiting;
  }

  /** Runs `operation` after every operation queued before it has settled. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(operation, operation);
    this.tail = result.then(
      () => this.settle(),
      () => this.settle(),
    );
    return result;
  }

  private settle(): void {
    this.waiting -= 1;
  }
}
