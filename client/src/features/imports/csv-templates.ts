import type { ImportKind } from '@/gql/graphql';

// Example files people can download, fill in a spreadsheet and send back: the column names the
// server reads, semicolon-separated with decimal commas, as French spreadsheets write them.
const TEMPLATES: Record<ImportKind, { file: string; lines: string[] }> = {
  MEASUREMENTS: {
    file: 'modele-mesures.csv',
    lines: [
      'indicateur;date;valeur;source',
      'Participants aux rencontres ESS–entreprises;15/03/2025;120;Feuilles de présence',
      'Bénévoles engagés via la plateforme;2025-03-31;182,5;Plateforme du bénévolat',
    ],
  },
  COMMITMENT_PROGRESS: {
    file: 'modele-avancement-engagements.csv',
    lines: [
      'engagement;avancement;statut;note;preuve',
      'Animer deux ateliers de jardinage partagé avec les centres sociaux;100;réalisé;Second atelier tenu;https://exemple.fr/compte-rendu',
      'Intitulé ou identifiant d’un autre engagement;40;en cours;;',
    ],
  },
};

/** The example file of a kind, as a link's `href` and `download` name (with a BOM, so spreadsheets read it as UTF-8). */
export function templateLink(kind: ImportKind) {
  const { file, lines } = TEMPLATES[kind];
  return { file, href: `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join('\r\n')}\r\n`)}` };
}
