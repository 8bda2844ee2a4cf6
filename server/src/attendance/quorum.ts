import { Field, Int, ObjectType } from 'type-graphql';
import type { GovernanceBody } from '../bodies/governance-body.entity';
import { type Attendance, Presence } from './attendance.entity';

@ObjectType({ description: "Whether enough of the body's voting members are present, or represented by a proxy, for it to decide." })
export class Quorum {
  @Field(() => Int, { description: 'Voting members invited (observers and guests do not vote).' })
  votingMembers!: number;

  @Field(() => Int, { description: 'Voting members needed: the body’s quorum share of them, rounded up.' })
  required!: number;

  @Field(() => Int, { description: 'Voting members marked present.' })
  present!: number;

  @Field(() => Int, {
    description: 'Absent voting members whose proxy is held by someone present; 0 when the body does not count proxies.',
  })
  represented!: number;

  @Field(() => Boolean, { description: 'present + represented reaches required.' })
  met!: boolean;

  @Field(() => Boolean, { description: 'Whether the body counts proxies towards its quorum.' })
  countsProxies!: boolean;
}

/** The quorum a meeting's attendance makes, under its body's rule. */
export function computeQuorum(attendances: Attendance[], body: Pick<GovernanceBody, 'quorumPercent' | 'quorumCountsProxies'>): Quorum {
  const voting = attendances.filter((attendance) => attendance.voting);
  const isPresent = (attendance: Attendance) => attendance.presence === Presence.PRESENT;
  const presentIds = new Set(voting.filter(isPresent).map((attendance) => attendance.personId));
  const proxies = voting.filter(
    (attendance) => !isPresent(attendance) && attendance.proxyToId !== null && presentIds.has(attendance.proxyToId),
  );
  const required = Math.ceil((voting.length * body.quorumPercent) / 100);
  const represented = body.quorumCountsProxies ? proxies.length : 0;
  return Object.assign(new Quorum(), {
    votingMembers: voting.length,
    required,
    present: presentIds.size,
    represented,
    met: presentIds.size + represented >= required,
    countsProxies: body.quorumCountsProxies,
  });
}
