import type { AgendaItemKind, AgendaItemOutcome } from '@/gql/graphql';

/** Kinds of agenda item, in the order the form offers them. */
export const AGENDA_KINDS: AgendaItemKind[] = ['INFORMATION', 'DISCUSSION', 'DECISION', 'CO_CONSTRUCTION'];

/** How an item went, in the order the session form offers them. */
export const AGENDA_OUTCOMES: AgendaItemOutcome[] = ['PENDING', 'DONE', 'UNFINISHED'];
