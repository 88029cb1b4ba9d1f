// State of the "add pupils" form: one name typed, a pasted list, or a CSV file; every name is
// checked against the class and the rest of the list before anything is added.
import { checkNames, type CheckedName } from '../../storage/names';
import { namesFromCsv, namesFromLines } from '../../storage/pupil-lists';

export type AddMode = 'one' | 'list' | 'csv';

export class PupilAdderState {
  mode = $state<AddMode>('one');
  single = $state('');
  listText = $state('');
  csvNames = $state.raw<readonly string[] | null>(null);
  csvUnreadable = $state(false);
  /** Set after a failed single add, cleared on typing. */
  singleProblem = $state.raw<CheckedName | null>(null);

  /** The names of the list or CSV being prepared, checked. */
  readonly checked: readonly CheckedName[] = $derived.by(() => {
    const names =
      this.mode === 'list'
        ? namesFromLines(this.listText)
        : this.mode === 'csv'
          ? (this.csvNames ?? [])
          : [];
    return checkNames(names, this.taken());
  });
  readonly ready = $derived(this.checked.filter((c) => c.problem === null));

  /** `taken` returns the names of the class's active pupils. */
  constructor(private readonly taken: () => readonly string[]) {}

  /** The single name, checked; null when it can be added. */
  checkSingle(): CheckedName | null {
    const [checked] = checkNames([this.single], this.taken());
    return checked && checked.problem ? checked : null;
  }

  async readCsv(file: File): Promise<void> {
    const names = namesFromCsv(await file.text());
    this.csvUnreadable = names === null;
    this.csvNames = names;
  }

  reset(): void {
    this.single = '';
    this.listText = '';
    this.csvNames = null;
    this.csvUnreadable = false;
    this.singleProblem = null;
  }
}
