import { Initial1795464345049 } from './1795464345049-Initial';

/** Every migration, in order; they run at start-up. */
export const MIGRATIONS: Function[] = [Initial1795464345049];
