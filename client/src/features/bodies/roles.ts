import type { MemberRole } from '@/gql/graphql';

/** Roles in the order a body lists them: who chairs first. */
export const MEMBER_ROLES: MemberRole[] = ['CHAIR', 'CO_CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'];
