import { AgendaItemKind } from '../../agenda/agenda-item.entity';
import { Presence } from '../../attendance/attendance.entity';
import { DecisionKind } from '../../decisions/decision.entity';
import { PollMethod } from '../../polls/poll.entity';
import type { Block, PrintableDocument } from './document';
import type { AgendaEntry, MeetingRecord } from './meeting-record';

const zone = 'Europe/Paris';
const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: zone });
const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: zone });

const KIND: Record<AgendaItemKind, string> = {
  [AgendaItemKind.INFORMATION]: 'information',
  [AgendaItemKind.DISCUSSION]: 'échange',
  [AgendaItemKind.DECISION]: 'décision',
  [AgendaItemKind.CO_CONSTRUCTION]: 'co-construction',
};
const PRESENCE: Record<Presence, string> = {
  [Presence.UNKNOWN]: 'non renseignée',
  [Presence.PRESENT]: 'présent·e',
  [Presence.EXCUSED]: 'excusé·e',
  [Presence.ABSENT]: 'absent·e',
};
const DECISION: Record<DecisionKind, string> = {
  [DecisionKind.DECISION]: 'Décision',
  [DecisionKind.OPINION]: 'Avis',
  [DecisionKind.VALIDATION]: 'Validation',
  [DecisionKind.ORIENTATION]: 'Orientation',
};

const METHOD: Record<PollMethod, string> = {
  [PollMethod.SIMPLE_MAJORITY]: 'majorité simple',
  [PollMethod.TWO_THIRDS]: 'majorité des 2/3',
  [PollMethod.FOUR_FIFTHS]: 'majorité des 4/5',
  [PollMethod.CONSENT]: 'consentement',
  [PollMethod.TEMPERATURE]: 'température',
};

function header(record: MeetingRecord) {
  const { meeting } = record;
  const where = [meeting.place, meeting.onlineUrl ? `en ligne : ${meeting.onlineUrl}` : null].filter(Boolean).join(' — ');
  return `${day.format(meeting.startsAt)}, de ${time.format(meeting.startsAt)} à ${time.format(meeting.endsAt)}${where ? ` — ${where}` : ''}`;
}

const personName = (record: MeetingRecord, id: string | null) => (id ? record.people.get(id)?.displayName ?? '—' : '—');

/** "09:30 — 2. Title (20 min, décision) — présenté par …", children numbered 2.1, 2.2 … */
function agendaLines(record: MeetingRecord, entries: AgendaEntry[]) {
  const lines: string[] = [];
  let clock = record.meeting.startsAt.getTime();
  const line = (entry: AgendaEntry, number: string) => {
    const { item } = entry;
    const presenter = item.presenterId ? ` — présenté par ${personName(record, item.presenterId)}` : '';
    lines.push(`${time.format(new Date(clock))} — ${number}. ${item.title} (${item.durationMinutes} min, ${KIND[item.kind]})${presenter}`);
    clock += item.durationMinutes * 60_000;
  };
  entries.forEach((entry, index) => {
    line(entry, `${index + 1}`);
    entry.children.forEach((child, childIndex) => line(child, `${index + 1}.${childIndex + 1}`));
  });
  return lines;
}

export function agendaDocument(record: MeetingRecord): PrintableDocument {
  const published = record.publication;
  const entries = published?.agenda ?? record.liveAgenda;
  const status = published
    ? `Ordre du jour publié (version ${published.revision}, le ${day.format(published.publishedAt)})`
    : 'Projet d’ordre du jour (non publié)';
  return {
    title: `Ordre du jour — ${record.body.name}`,
    subtitle: `${record.meeting.title} — ${header(record)}`,
    blocks: [
      { kind: 'paragraph', text: status },
      { kind: 'heading', text: 'Points à l’ordre du jour' },
      entries.length ? { kind: 'list', items: agendaLines(record, entries) } : { kind: 'paragraph', text: 'Aucun point inscrit.' },
    ],
  };
}

export function minutesDocument(record: MeetingRecord): PrintableDocument {
  const { minutes } = record;
  const status = minutes
    ? `Compte rendu, version ${minutes.version} — ${minutes.status === 'APPROVED' ? 'approuvé' : minutes.status === 'PROPOSED' ? 'proposé à l’approbation' : 'projet'}`
    : 'Compte rendu — projet';
  const organizationOf = (personId: string) => {
    const organizationId = record.people.get(personId)?.organizationId;
    return organizationId ? record.organizations.get(organizationId)?.name ?? '' : '';
  };
  const blocks: Block[] = [
    { kind: 'paragraph', text: status },
    { kind: 'heading', text: 'Participants' },
    record.attendances.length
      ? {
          kind: 'table',
          header: ['Nom', 'Organisation', 'Présence', 'Pouvoir donné à'],
          rows: record.attendances.map((attendance) => [
            `${personName(record, attendance.personId)}${attendance.guest ? ' (invité·e)' : ''}${attendance.voting ? '' : ' (sans voix)'}`,
            organizationOf(attendance.personId),
            PRESENCE[attendance.presence],
            attendance.proxyToId ? personName(record, attendance.proxyToId) : '',
          ]),
        }
      : { kind: 'paragraph', text: 'Aucune convocation enregistrée.' },
    { kind: 'heading', text: 'Déroulé' },
  ];
  for (const [index, entry] of record.liveAgenda.entries()) {
    for (const [childIndex, current] of [entry, ...entry.children].entries()) {
      const number = childIndex === 0 ? `${index + 1}` : `${index + 1}.${childIndex}`;
      blocks.push({ kind: 'paragraph', text: `${number}. ${current.item.title}${current.item.notes ? ` — ${current.item.notes}` : ''}` });
      const decided = record.decisions.filter((decision) => decision.agendaItemId === current.item.id);
      if (decided.length) blocks.push({ kind: 'list', items: decided.map(describeDecision) });
      const polled = record.polls.filter(({ poll }) => poll.agendaItemId === current.item.id);
      if (polled.length) blocks.push({ kind: 'list', items: polled.map(describePoll) });
    }
  }
  const unplaced = record.polls.filter(({ poll }) => !poll.agendaItemId);
  if (unplaced.length) blocks.push({ kind: 'heading', text: 'Autres scrutins' }, { kind: 'list', items: unplaced.map(describePoll) });
  blocks.push({ kind: 'heading', text: 'Relevé de décisions' });
  blocks.push(record.decisions.length ? { kind: 'list', items: record.decisions.map(describeDecision) } : { kind: 'paragraph', text: 'Aucune décision.' });
  if (minutes?.text) blocks.push({ kind: 'heading', text: 'Compte rendu' }, ...minutes.text.split(/\n{2,}/).map((text): Block => ({ kind: 'paragraph', text })));
  return { title: `Compte rendu — ${record.body.name}`, subtitle: `${record.meeting.title} — ${header(record)}`, blocks };
}

function describeDecision(decision: MeetingRecord['decisions'][number]) {
  const votes =
    decision.votesFor === null && decision.votesAgainst === null && decision.abstentions === null
      ? ''
      : ` (pour : ${decision.votesFor ?? 0}, contre : ${decision.votesAgainst ?? 0}, abstentions : ${decision.abstentions ?? 0})`;
  return `${DECISION[decision.kind]} : ${decision.text}${votes}`;
}

function describePoll({ poll, tally }: MeetingRecord['polls'][number]) {
  const ballots = `${tally.ballots} ${tally.ballots > 1 ? 'votes' : 'vote'} sur ${tally.eligible} ${tally.eligible > 1 ? 'possibles' : 'possible'}`;
  return `Scrutin ${poll.secret ? 'secret' : 'nominatif'} (${METHOD[poll.method]}) : ${poll.question} — ${tally.outcome} ; ${ballots}`;
}
