import { agendaClock } from '@/features/meetings/agenda-tree';
import type { RoomAgendaLine } from './components/RoomControls.vue';

interface AgendaEntry {
  id: string;
  title: string;
  durationMinutes: number;
  outcome: string;
  children: readonly { id: string; title: string; durationMinutes: number; outcome: string }[];
}

/** The agenda as the room walks through it: one line per item, sections' items after their section, numbered as printed. */
export function roomAgenda(agenda: readonly AgendaEntry[], startsAt: string) {
  const { numbers } = agendaClock(agenda, startsAt);
  const lines: RoomAgendaLine[] = agenda.flatMap((entry) => [
    { id: entry.id, number: numbers.get(entry.id) ?? '', title: entry.title, child: false, done: entry.outcome === 'DONE' },
    ...entry.children.map((child) => ({ id: child.id, number: numbers.get(child.id) ?? '', title: child.title, child: true, done: child.outcome === 'DONE' })),
  ]);
  return { lines, titles: new Map(lines.map((line) => [line.id, line.title])) };
}
