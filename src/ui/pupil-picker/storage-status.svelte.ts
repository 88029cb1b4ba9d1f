// Makes the storage layer's write health reactive for components: reading `snapshot` inside
// an effect or template subscribes to changes (svelte/reactivity createSubscriber).
import { createSubscriber } from 'svelte/reactivity';
import type { StorageHealth, StorageHealthSnapshot } from '../../storage/storage-health';

export class StorageStatus {
  readonly #health: StorageHealth;
  readonly #subscribe: () => void;
  retrying = $state(false);

  constructor(health: StorageHealth) {
    this.#health = health;
    this.#subscribe = createSubscriber((update) => health.subscribe(update));
  }

  get snapshot(): StorageHealthSnapshot {
    this.#subscribe();
    return this.#health.snapshot;
  }

  async retry(): Promise<void> {
    this.retrying = true;
    try {
      await this.#health.retry();
    } finally {
      this.retrying = false;
    }
  }
}
