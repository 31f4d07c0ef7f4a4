/** TypeORM's raw query answers rows for SELECT/INSERT but [rows, count] for UPDATE/DELETE. */
export function rowsOf<T>(raw: unknown): T[] {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
  return raw as T[];
}
