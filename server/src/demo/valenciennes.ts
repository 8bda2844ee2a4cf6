import { BodyKind } from '../bodies/governance-body.entity';
import { MemberRole } from '../bodies/membership.entity';
import { OrganizationKind } from '../organizations/organization.entity';
import { PlanKind, PlanStatus } from '../plans/plan.entity';
import { TerritoryKind } from '../territories/territory.entity';

/**
 * Valenciennes Métropole's PLDESS 2021–2026, as approved by its Bureau communautaire on
 * 26 November 2020 (shared/seeds). People and their passwords are fictional, for local use.
 */
export const VALENCIENNES = {
  territory: { name: 'Valenciennes Métropole', kind: TerritoryKind.AGGLOMERATION_COMMUNITY },
  plan: {
    title: "Plan Local de Développement de l'Économie Sociale et Solidaire 2021–2026",
    kind: PlanKind.PLDESS,
    startYear: 2021,
    endYear: 2026,
    status: PlanStatus.IN_PROGRESS,
    adoptedOn: '2020-11-26',
    adoptedBy: 'Bureau communautaire',
    summary:
      "Deuxième PLDESS de Valenciennes Métropole, après le plan 2017–2020. Ses orientations et son plan d'actions " +
      'ont été dégagés par un travail de concertation avec les partenaires et les acteurs du territoire.',
  },
  orientations: [
    {
      title: 'Mutualisation, coopération et lien aux entreprises conventionnelles',
      stake: "Un collectif d'acteurs interactifs en lien avec le monde économique classique",
      actions: [
        "Favoriser les rencontres entre acteurs de l'ESS et le monde économique classique",
        'Échanges de pratiques',
        'Animation de réseaux',
      ],
    },
    {
      title: 'Renforcement économique : accompagnement, formation, financement',
      stake: 'Des acteurs aux « reins solides » et leurs montées en compétences',
      actions: [
        'Appel à projets de soutien aux initiatives ESS',
        'Développer la communication',
        'Outiller et faire monter en compétences les porteurs de projets du territoire',
      ],
    },
    {
      title: 'Visibilité : sensibilisation et promotion',
      stake: 'Un secteur économique crédible et attractif, des acteurs identifiés',
      actions: ['Actions de sensibilisation auprès des élus', 'Village itinérant', "Campagnes de promotion de l'ESS"],
    },
    {
      title: 'Citoyenneté, bénévolat et jeunesse',
      stake: "Mobiliser les citoyens dans et pour les structures de l'ESS",
      actions: ['Sensibilisation du public jeune et des structures de proximité', 'Promotion du bénévolat'],
    },
  ],
  bodies: [
    {
      key: 'copil',
      kind: BodyKind.STEERING_COMMITTEE,
      name: 'Comité de pilotage',
      mission:
        "Coordonne l'ensemble des partenaires et suit la mise en œuvre globale du plan, en garant des engagements pris.",
      minMeetingsPerYear: 1,
    },
    {
      key: 'cotech',
      kind: BodyKind.TECHNICAL_COMMITTEE,
      name: 'Comité technique',
      mission:
        "Assure le suivi technique de la mise en œuvre ; réfléchit à l'évolution ou à la réorientation des actions ; prépare le comité de pilotage.",
      minMeetingsPerYear: 2,
    },
    {
      key: 'collectif',
      kind: BodyKind.ACTOR_COLLECTIVE,
      name: "Collectif d'acteurs",
      mission:
        "Rassemble les parties prenantes de l'ESS du territoire et contribue à la stratégie, de son élaboration au suivi de sa mise en place et à son évaluation.",
      minMeetingsPerYear: 2,
    },
  ],
  organizations: [
    { key: 'agglo', name: 'Valenciennes Métropole', kind: OrganizationKind.LOCAL_AUTHORITY },
    { key: 'region', name: 'Région Hauts-de-France', kind: OrganizationKind.LOCAL_AUTHORITY },
    { key: 'departement', name: 'Département du Nord', kind: OrganizationKind.LOCAL_AUTHORITY },
    { key: 'etat', name: 'État — services déconcentrés', kind: OrganizationKind.STATE },
    { key: 'cdc', name: 'Caisse des Dépôts — Banque des Territoires', kind: OrganizationKind.PUBLIC_BODY },
    { key: 'cci', name: 'Chambre de commerce et d’industrie du territoire', acronym: 'CCI', kind: OrganizationKind.CHAMBER },
    { key: 'cma', name: 'Chambre de métiers et de l’artisanat', acronym: 'CMA', kind: OrganizationKind.CHAMBER },
    { key: 'cress', name: "Chambre régionale de l'ESS Hauts-de-France", acronym: 'CRESS', kind: OrganizationKind.NETWORK },
    { key: 'asso', name: 'Association Les Jardins Solidaires', kind: OrganizationKind.ASSOCIATION },
    { key: 'scic', name: 'SCIC Coop’Hainaut', kind: OrganizationKind.COOPERATIVE },
    { key: 'mutuelle', name: 'Mutuelle du Hainaut', kind: OrganizationKind.MUTUAL },
    { key: 'fondation', name: 'Fondation Solidarités Nord', kind: OrganizationKind.FOUNDATION },
  ],
  /** One demo account per role, listed in the README. */
  people: [
    { email: 'admin@trame.test', password: 'trame-admin-2026', displayName: 'Administration Trame', organization: 'agglo', isAdmin: true, seats: [] },
    {
      email: 'presidence@trame.test',
      password: 'trame-presidence-2026',
      displayName: 'Claire Delattre',
      organization: 'agglo',
      isAdmin: false,
      seats: [
        { body: 'copil', role: MemberRole.CHAIR },
        { body: 'collectif', role: MemberRole.CO_CHAIR },
      ],
    },
    {
      email: 'secretariat@trame.test',
      password: 'trame-secretariat-2026',
      displayName: 'Karim Benali',
      organization: 'agglo',
      isAdmin: false,
      seats: [
        { body: 'cotech', role: MemberRole.SECRETARY },
        { body: 'copil', role: MemberRole.SECRETARY },
        { body: 'collectif', role: MemberRole.SECRETARY },
      ],
    },
    {
      email: 'membre@trame.test',
      password: 'trame-membre-2026',
      displayName: 'Julie Lefebvre',
      organization: 'asso',
      isAdmin: false,
      seats: [
        { body: 'collectif', role: MemberRole.MEMBER },
        { body: 'cotech', role: MemberRole.MEMBER },
      ],
    },
    {
      email: 'observateur@trame.test',
      password: 'trame-observateur-2026',
      displayName: 'Marc Dubois',
      organization: 'region',
      isAdmin: false,
      seats: [{ body: 'copil', role: MemberRole.OBSERVER }],
    },
  ],
  /** Partners seated in the bodies whose accounts are not activated yet (no password). */
  partners: [
    { email: 'sophie.martin@cress.test', displayName: 'Sophie Martin', organization: 'cress', seats: [{ body: 'collectif', role: MemberRole.MEMBER }, { body: 'cotech', role: MemberRole.MEMBER }] },
    { email: 'thomas.leroy@coophainaut.test', displayName: 'Thomas Leroy', organization: 'scic', seats: [{ body: 'collectif', role: MemberRole.MEMBER }] },
    { email: 'nadia.haddad@departement.test', displayName: 'Nadia Haddad', organization: 'departement', seats: [{ body: 'copil', role: MemberRole.MEMBER }] },
    { email: 'paul.lambert@banquedesterritoires.test', displayName: 'Paul Lambert', organization: 'cdc', seats: [{ body: 'copil', role: MemberRole.MEMBER }] },
  ],
};
