import { Initial1795464345049 } from './1795464345049-Initial';
import { Meetings1795466822733 } from './1795466822733-Meetings';

/** Every migration, in order; they run at start-up. */
export const MIGRATIONS: Function[] = [Initial1795464345049, Meetings1795466822733];
