// The lock of the teacher area: whether a PIN exists, whether it was typed in this visit, and
// the persistent-storage request made the first time the area opens. Shell state, not teacher
// code: it outlives every teacher screen and pupils' pages carry it (about 1 kB). In memory
// only: a reload, the lock button or handing the tablet to pupils locks it again. Built by
// src/main.ts.
import type { PinProblem, TeacherPin } from '../../storage/pin';
import type { PersistState, SpaceService } from '../../storage/space';

export type NewPinProblem = PinProblem | 'mismatch';

export class TeacherLock {
  unlocked = $state(false);
  /** Null until read from storage. */
  pinSet = $state<boolean | null>(null);
  persist = $state<PersistState | null>(null);

  constructor(
    private readonly pin: Pick<TeacherPin, 'isSet' | 'set' | 'check'>,
    private readonly space: Pick<SpaceService, 'requestPersistenceOnce'>,
  ) {}

  async refresh(): Promise<void> {
    this.pinSet = await this.pin.isSet();
  }

  /** Sets the first PIN and opens the area. */
  async create(pin: string, confirmation: string): Promise<NewPinProblem | null> {
    if (await this.pin.isSet()) {
      this.pinSet = true;
      return 'mismatch';
    }
    if (pin !== confirmation) return 'mismatch';
    const problem = await this.pin.set(pin);
    if (problem) return problem;
    this.pinSet = true;
    this.#open();
    return null;
  }

  /** Opens the area when the PIN is right. */
  async unlock(pin: string): Promise<boolean> {
    if (!(await this.pin.check(pin))) return false;
    this.#open();
    return true;
  }

  lock(): void {
    this.unlocked = false;
  }

  #open(): void {
    this.unlocked = true;
    void this.space.requestPersistenceOnce().then(
      (state) => (this.persist = state),
      () => (this.persist = 'unsupported'),
    );
  }
}
