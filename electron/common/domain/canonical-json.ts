/**
 * Canonical JSON for hashing: object keys sorted by UTF-16 code unit, no whitespace, `undefined` properties
 * left out (as JSON.stringify does). The same value always gives the same text, whatever order its keys were
 * built in — a hash over JSON.stringify would change when a field is assigned in a different order.
 * Every event of every refund goes through here when chains are verified, so it avoids needless allocation.
 */
export function canonicalJson(value: unknown): string {
  return write(value, []);
}

/** `path` is only joined when something is refused, so the normal case builds no strings for it. */
function write(value: unknown, path: string[]): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    // NaN and Infinity would silently become null and two different values would hash the same.
    if (!Number.isFinite(value)) throw refuse('non-finite number', path);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return writeArray(value, path);
  if (typeof value === 'object') return writeObject(value, path);
  // undefined, bigint, function, symbol: JSON has no faithful form for them.
  throw refuse(typeof value, path);
}

function writeArray(items: readonly unknown[], path: string[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    path.push(String(i));
    out += (i === 0 ? '' : ',') + (item === undefined ? 'null' : write(item, path));
    path.pop();
  }
  return `${out}]`;
}

function writeObject(value: object, path: string[]): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  // A Date or Map would serialise to something else on the other side of IPC or disk; refuse instead of guessing.
  if (prototype !== Object.prototype && prototype !== null) throw refuse('object that is not plain', path);
  const record = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, which is the canonical order.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    path.push(key);
    out += `${first ? '' : ','}${JSON.stringify(key)}:${write(item, path)}`;
    path.pop();
    first = false;
  }
  return `${out}}`;
}

function refuse(what: string, path: readonly string[]): TypeError {
  return new TypeError(`canonicalJson: cannot encode ${what} at $${path.map((key) => `.${key}`).join('')}`);
}
