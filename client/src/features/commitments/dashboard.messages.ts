/** The wording of the dashboard's plan progress and agenda proposals (component-local messages; the global keys stay reachable). */
export const dashboardMessages = {
  fr: {
    planProgress: {
      title: 'Avancement du plan',
      caption: "Avancement de chaque orientation : la moyenne de ses actions, chacune mesurée par ses engagements (un engagement tenu compte 100 %, un abandonné ne compte pas) ou, sans engagement, par ses indicateurs.",
      plan: 'Le plan entier',
      figure: 'avancement du plan ({measured} actions mesurées sur {actions})',
      orientation: 'Orientation',
      progress: 'Avancement',
      measured: 'Actions mesurées',
    },
    agendaProposals: {
      title: "Proposer à l'ordre du jour du prochain comité de pilotage",
      intro: 'Engagements ouverts en retard ou à échéance avant la prochaine réunion de « {body} », le {date}, qui ne sont pas encore à son ordre du jour.',
      introNoMeeting:
        "« {body} » n'a pas de réunion prévue : voici les engagements ouverts en retard ou à échéance dans les 30 jours, pas encore dans ses points en attente.",
      legend: 'Engagements à proposer (décochez ceux qui ne méritent pas un point)',
      due: 'échéance le {date}',
      submit: 'Aucun engagement coché | Proposer cet engagement | Proposer ces {n} engagements',
      added: "Rien d'ajouté : ces engagements étaient déjà proposés à « {body} ». | Un point ajouté aux points en attente de « {body} ». | {n} points ajoutés aux points en attente de « {body} ».",
      none: "Aucun engagement en retard ou à échéance n'attend d'être proposé.",
    },
  },
  en: {
    planProgress: {
      title: "The plan's progress",
      caption: "Each orientation's progress: the average of its actions, each measured by its commitments (a done one counts 100%, an abandoned one not at all) or, without any, by its indicators.",
      plan: 'The whole plan',
      figure: 'plan progress ({measured} of {actions} actions measured)',
      orientation: 'Orientation',
      progress: 'Progress',
      measured: 'Actions measured',
    },
    agendaProposals: {
      title: "Propose for the next steering committee's agenda",
      intro: 'Open commitments late or due before the next meeting of “{body}”, on {date}, not yet on its agenda.',
      introNoMeeting: '“{body}” has no meeting scheduled: these open commitments are late or due within 30 days and not yet in its backlog.',
      legend: 'Commitments to propose (untick those not worth a point)',
      due: 'due {date}',
      submit: 'No commitment ticked | Propose this commitment | Propose these {n} commitments',
      added: 'Nothing added: these commitments were already proposed to “{body}”. | One item added to the backlog of “{body}”. | {n} items added to the backlog of “{body}”.',
      none: 'No late or due commitment is waiting to be proposed.',
    },
  },
};
