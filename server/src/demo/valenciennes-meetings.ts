import type { EntityManager } from 'typeorm';
import { AgendaItem, AgendaItemKind, AgendaItemOutcome } from '../agenda/agenda-item.entity';
import { Attendance, InvitationResponse, Presence } from '../attendance/attendance.entity';
import type { GovernanceBody } from '../bodies/governance-body.entity';
import { MemberRole, type Membership } from '../bodies/membership.entity';
import { Decision, DecisionKind } from '../decisions/decision.entity';
import { AgendaPublication } from '../meetings/agenda-publication.entity';
import { Meeting, MeetingKind, MeetingStatus } from '../meetings/meeting.entity';
import { MinutesStatus, MinutesVersion } from '../minutes/minutes.entity';

interface DemoItem {
  title: string;
  kind: AgendaItemKind;
  minutes: number;
  notes?: string;
  decision?: string;
}

interface DemoMeeting {
  body: string;
  title: string;
  kind?: MeetingKind;
  daysFromNow: number;
  place: string;
  status: MeetingStatus;
  items: DemoItem[];
  minutes?: { text: string; status: MinutesStatus };
}

const DAY = 86_400_000;

/** Past and upcoming meetings of the three bodies, placed relative to the day the demo loads. */
const MEETINGS: DemoMeeting[] = [
  {
    body: 'copil',
    title: 'Comité de pilotage — point annuel',
    daysFromNow: -150,
    place: 'Valenciennes Métropole, salle du conseil',
    status: MeetingStatus.MINUTES_APPROVED,
    items: [
      { title: 'Bilan de la première année du plan', kind: AgendaItemKind.INFORMATION, minutes: 30, notes: 'Chaque partenaire a rendu compte de son action.' },
      { title: 'Appel à projets de soutien aux initiatives ESS', kind: AgendaItemKind.DECISION, minutes: 30, notes: 'Règlement présenté par le comité technique.', decision: "Lancer l'appel à projets selon le règlement présenté" },
      { title: 'Calendrier du village itinérant', kind: AgendaItemKind.DISCUSSION, minutes: 20 },
    ],
    minutes: { text: "Le comité valide le bilan et lance l'appel à projets.", status: MinutesStatus.APPROVED },
  },
  {
    body: 'cotech',
    title: 'Comité technique — suivi des actions',
    daysFromNow: -60,
    place: 'Maison de l’ESS',
    status: MeetingStatus.CLOSED,
    items: [
      { title: "Avancement de l'animation de réseaux", kind: AgendaItemKind.INFORMATION, minutes: 20, notes: 'Trois rencontres organisées.' },
      { title: 'Réorientation des actions de sensibilisation des élus', kind: AgendaItemKind.DISCUSSION, minutes: 40, notes: 'Proposer des formats plus courts.', decision: 'Proposer au comité de pilotage des sessions courtes pour les élus' },
      { title: 'Préparation du prochain comité de pilotage', kind: AgendaItemKind.DISCUSSION, minutes: 30 },
    ],
    minutes: { text: 'Compte rendu proposé à l’approbation du prochain comité technique.', status: MinutesStatus.PROPOSED },
  },
  {
    body: 'collectif',
    title: "Collectif d'acteurs — atelier citoyenneté et jeunesse",
    kind: MeetingKind.WORKSHOP,
    daysFromNow: -30,
    place: 'Centre social du quartier',
    status: MeetingStatus.CLOSED,
    items: [
      { title: 'Retours sur la promotion du bénévolat', kind: AgendaItemKind.CO_CONSTRUCTION, minutes: 45, notes: 'Idées : forum des associations, parrainage.' },
      { title: 'Sensibilisation du public jeune', kind: AgendaItemKind.CO_CONSTRUCTION, minutes: 45 },
    ],
    minutes: { text: 'Atelier riche : les propositions sont transmises au comité technique.', status: MinutesStatus.DRAFT },
  },
  {
    body: 'cotech',
    title: 'Comité technique — préparation du comité de pilotage',
    daysFromNow: 10,
    place: 'Maison de l’ESS',
    status: MeetingStatus.CONVENED,
    items: [
      { title: 'Approbation du compte rendu précédent', kind: AgendaItemKind.DECISION, minutes: 10 },
      { title: 'Indicateurs de suivi par action', kind: AgendaItemKind.DISCUSSION, minutes: 45 },
      { title: 'Ordre du jour du comité de pilotage', kind: AgendaItemKind.DISCUSSION, minutes: 30 },
    ],
  },
  {
    body: 'copil',
    title: 'Comité de pilotage — revue annuelle',
    daysFromNow: 24,
    place: 'Valenciennes Métropole, salle du conseil',
    status: MeetingStatus.DRAFT,
    items: [
      { title: 'Compte rendu de chaque partenaire', kind: AgendaItemKind.INFORMATION, minutes: 45 },
      { title: 'Sessions courtes de sensibilisation des élus', kind: AgendaItemKind.DECISION, minutes: 30 },
      { title: 'Engagements pour l’année à venir', kind: AgendaItemKind.DECISION, minutes: 30 },
    ],
  },
  {
    body: 'collectif',
    title: "Collectif d'acteurs — atelier visibilité de l'ESS",
    kind: MeetingKind.WORKSHOP,
    daysFromNow: 45,
    place: 'Tiers-lieu solidaire',
    status: MeetingStatus.DRAFT,
    items: [{ title: 'Co-construire la campagne de promotion', kind: AgendaItemKind.CO_CONSTRUCTION, minutes: 90 }],
  },
];

const HELD = [MeetingStatus.IN_SESSION, MeetingStatus.CLOSED, MeetingStatus.MINUTES_APPROVED];

export async function loadDemoMeetings(tx: EntityManager, bodies: Map<string, GovernanceBody>, memberships: Membership[]) {
  const today = new Date();
  today.setUTCHours(8, 0, 0, 0);
  for (const demo of MEETINGS) {
    const body = bodies.get(demo.body)!;
    const startsAt = new Date(today.getTime() + demo.daysFromNow * DAY);
    const length = demo.items.reduce((total, item) => total + item.minutes, 0);
    const meeting = await tx.save(
      tx.create(Meeting, {
        bodyId: body.id,
        title: demo.title,
        kind: demo.kind ?? MeetingKind.REGULAR,
        startsAt,
        endsAt: new Date(startsAt.getTime() + Math.max(length, 90) * 60_000),
        place: demo.place,
        status: demo.status,
        agendaRevision: demo.status === MeetingStatus.DRAFT ? 0 : 1,
      }),
    );
    const items: AgendaItem[] = [];
    for (const [position, item] of demo.items.entries()) {
      items.push(
        await tx.save(
          tx.create(AgendaItem, {
            bodyId: body.id,
            meetingId: meeting.id,
            position,
            title: item.title,
            kind: item.kind,
            durationMinutes: item.minutes,
            ready: demo.status !== MeetingStatus.DRAFT,
            notes: item.notes ?? '',
            outcome: HELD.includes(demo.status) ? (item.notes ? AgendaItemOutcome.DONE : AgendaItemOutcome.UNFINISHED) : AgendaItemOutcome.PENDING,
          }),
        ),
      );
      if (item.decision) {
        await tx.save(tx.create(Decision, { meetingId: meeting.id, agendaItemId: items[position].id, text: item.decision, kind: DecisionKind.DECISION }));
      }
    }
    if (demo.status === MeetingStatus.DRAFT) continue;
    await tx.save(tx.create(AgendaPublication, { meetingId: meeting.id, revision: 1, snapshot: { meeting: { ...meeting }, items } }));
    for (const [index, seat] of memberships.filter((membership) => membership.bodyId === body.id).entries()) {
      const held = HELD.includes(demo.status);
      await tx.save(
        tx.create(Attendance, {
          meetingId: meeting.id,
          personId: seat.personId,
          voting: seat.role !== MemberRole.OBSERVER,
          response: index % 4 === 3 ? InvitationResponse.EXCUSED : InvitationResponse.ATTENDING,
          presence: held ? (index % 4 === 3 ? Presence.EXCUSED : Presence.PRESENT) : Presence.UNKNOWN,
        }),
      );
    }
    if (demo.minutes) {
      await tx.save(
        tx.create(MinutesVersion, {
          meetingId: meeting.id,
          version: 1,
          text: demo.minutes.text,
          status: demo.minutes.status,
          approvedAt: demo.minutes.status === MinutesStatus.APPROVED ? new Date(startsAt.getTime() + 60 * DAY) : null,
        }),
      );
    }
  }
}
