import { InitialSchema1764288000000 } from './1764288000000-InitialSchema';

// Every migration, in order. Add new ones at the end; never edit one that has been committed.
export const MIGRATIONS = [InitialSchema1764288000000];
