import { type Attendance, Presence } from '../attendance/attendance.entity';

/** The ballots one present voting member may cast: their own, and one per proxy they hold. */
export interface VotingRights {
  /** The member's own vote, when they are a voting member marked present. */
  ownVote: boolean;
  /** The absent voting members whose proxy they hold. */
  proxiesFrom: string[];
}

const votesInPerson = (attendance: Attendance) => attendance.voting && attendance.presence === Presence.PRESENT;

/** Who may vote for whom in a meeting, from its recorded attendance. */
export function votingRightsOf(attendances: Attendance[], personId: string): VotingRights {
  const own = attendances.find((attendance) => attendance.personId === personId);
  if (!own || !votesInPerson(own)) return { ownVote: false, proxiesFrom: [] };
  const proxiesFrom = attendances
    .filter((attendance) => attendance.voting && !votesInPerson(attendance) && attendance.proxyToId === personId)
    .map((attendance) => attendance.personId);
  return { ownVote: true, proxiesFrom };
}

/** How many ballots may be cast: voting members present, plus the proxies they hold. */
export function eligibleBallots(attendances: Attendance[]) {
  const present = new Set(attendances.filter(votesInPerson).map((attendance) => attendance.personId));
  const proxies = attendances.filter(
    (attendance) => attendance.voting && !present.has(attendance.personId) && attendance.proxyToId && present.has(attendance.proxyToId),
  );
  return present.size + proxies.length;
}
