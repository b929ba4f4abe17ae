/** Predictable ids (`id-0001`, `id-0002`, …) so tests can name the records they expect. */
import type { IdGenerator } from '../../electron/common/ports';

export class SequentialIds implements IdGenerator {
  private next = 1;

  constructor(private readonly prefix = 'id') {}

  newId(): string {
    const id = `${this.prefix}-${this.next.toString().padStart(4, '0')}`;
    this.next += 1;
    return id;
  }
}
