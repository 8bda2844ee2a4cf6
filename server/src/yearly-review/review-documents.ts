import type { Block, PrintableDocument } from '../meetings/exports/document';
import { CommitmentStatus } from '../commitments/commitment.entity';
import type { BudgetYearFigures, CommitmentFigures, CompiledReview, IndicatorFigures } from './review-compilation.types';
import { ReportStatus } from './yearly-review.entity';

const STATUS: Record<CommitmentStatus, string> = {
  [CommitmentStatus.PROPOSED]: 'proposés',
  [CommitmentStatus.ACCEPTED]: 'acceptés',
  [CommitmentStatus.IN_PROGRESS]: 'en cours',
  [CommitmentStatus.AT_RISK]: 'en risque',
  [CommitmentStatus.DONE]: 'réalisés',
  [CommitmentStatus.ABANDONED]: 'abandonnés',
};
const REPORT: Record<ReportStatus, string> = {
  [ReportStatus.NOT_STARTED]: 'non commencé',
  [ReportStatus.DRAFT]: 'brouillon',
  [ReportStatus.SUBMITTED]: 'remis',
};

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
/** "12 500,50 €", with a plain space so PDF fonts and terminals show it. */
const euros = (amount: string) =>
  `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(amount)).replace(/\s/g, ' ')} €`;
const signed = (value: number) => `${value > 0 ? '+' : ''}${number.format(value).replace(/\s/g, ' ')}`;
const signedEuros = (amount: string) => `${amount.startsWith('-') || Number(amount) === 0 ? '' : '+'}${euros(amount)}`;
const percent = (ratio: number | null) => (ratio === null ? '—' : `${Math.round(ratio * 100)} %`);

function commitmentLine(figures: CommitmentFigures) {
  if (!figures.total) return 'Engagements : aucun.';
  const statuses = figures.byStatus.filter((entry) => entry.count).map((entry) => `${entry.count} ${STATUS[entry.status]}`).join(', ');
  const progress = figures.averageProgress === null ? '' : ` ; avancement moyen ${figures.averageProgress} %`;
  const delta = figures.progressDelta === null ? '' : ` (${signed(figures.progressDelta)} points sur l'année)`;
  return `Engagements : ${figures.total} (${statuses})${progress}${delta} ; ${figures.doneSinceLastYear} réalisé(s) depuis l'an dernier, ${figures.newSinceLastYear} nouveau(x).`;
}

function budgetLine(figures: BudgetYearFigures, year: number) {
  return `Budget ${year} : prévu ${euros(figures.planned)}, engagé ${euros(figures.committed)}, dépensé ${euros(figures.spent)} (${signedEuros(figures.spentDelta)} par rapport à ${year - 1} : ${euros(figures.previousSpent)}).`;
}

const indicatorRow = (indicator: IndicatorFigures) => [
  indicator.name,
  indicator.latestValue === null ? '—' : `${number.format(indicator.latestValue)} ${indicator.unit}`.trim(),
  `${number.format(indicator.target)} ${indicator.unit}`.trim(),
  percent(indicator.attainment),
  indicator.delta === null ? '—' : signed(indicator.delta),
];

/** The compiled review as a printable document (Markdown and PDF share it). */
export function reviewDocument(review: CompiledReview): PrintableDocument {
  const { completeness } = review;
  const missing = review.partners.filter((partner) => partner.status !== ReportStatus.SUBMITTED);
  const blocks: Block[] = [
    { kind: 'heading', text: 'Synthèse' },
    { kind: 'paragraph', text: commitmentLine(review.commitments) },
    { kind: 'paragraph', text: budgetLine(review.budget, review.year) },
    {
      kind: 'paragraph',
      text: `Comptes rendus des partenaires : ${completeness.submitted} remis sur ${completeness.total} (${completeness.draft} en brouillon, ${completeness.notStarted} non commencés).`,
    },
  ];
  if (missing.length) blocks.push({ kind: 'list', items: missing.map((partner) => `${partner.organizationName} : ${REPORT[partner.status]}`) });
  for (const orientation of review.orientations) {
    blocks.push({ kind: 'heading', text: `Orientation ${orientation.number} — ${orientation.title}` });
    blocks.push({ kind: 'paragraph', text: commitmentLine(orientation.commitments) }, { kind: 'paragraph', text: budgetLine(orientation.budget, review.year) });
    for (const action of orientation.actions) {
      blocks.push({ kind: 'paragraph', text: `Action : ${action.title}` });
      blocks.push({ kind: 'list', items: [commitmentLine(action.commitments), budgetLine(action.budget, review.year)] });
      if (action.indicators.length) {
        blocks.push({ kind: 'table', header: ['Indicateur', `Valeur fin ${review.year}`, 'Cible', 'Atteinte', `Évolution depuis ${review.previousYear}`], rows: action.indicators.map(indicatorRow) });
      }
      if (action.narratives.length) blocks.push({ kind: 'list', items: action.narratives.map((narrative) => `${narrative.organizationName} : ${narrative.text}`) });
    }
  }
  const comments = review.partners.filter((partner) => partner.comments.trim());
  if (comments.length) {
    blocks.push({ kind: 'heading', text: 'Commentaires des partenaires' });
    blocks.push({ kind: 'list', items: comments.map((partner) => `${partner.organizationName} : ${partner.comments}`) });
  }
  return { title: `Point annuel ${review.year} — ${review.planTitle}`, subtitle: `Bilan de l'année ${review.year} pour le comité de pilotage, comparé à ${review.previousYear}`, blocks };
}

/** A CSV cell for French spreadsheets: quoted when needed, decimal comma. */
function cell(value: string | number | null) {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const money = (amount: string) => amount.replace('.', ',');

/** The review's figures, one row per action and per indicator, `;`-separated with a UTF-8 BOM for French Excel. */
export function reviewCsv(review: CompiledReview): string {
  const statuses = Object.values(CommitmentStatus);
  const header = [
    'Orientation', 'Action', 'Indicateur', 'Engagements', ...statuses.map((status) => `Engagements ${STATUS[status]}`),
    'Avancement moyen (%)', 'Évolution avancement (points)', "Réalisés depuis l'an dernier",
    `Prévu ${review.year}`, `Engagé ${review.year}`, `Dépensé ${review.year}`, `Dépensé ${review.previousYear}`, 'Évolution dépensé',
    'Unité', 'Valeur', `Valeur ${review.previousYear}`, 'Évolution', 'Cible', 'Atteinte (%)',
  ];
  const rows: (string | number | null)[][] = [];
  for (const orientation of review.orientations) {
    for (const action of orientation.actions) {
      const { commitments: c, budget: b } = action;
      rows.push([
        `${orientation.number}. ${orientation.title}`, action.title, '', c.total, ...c.byStatus.map((entry) => entry.count),
        c.averageProgress, c.progressDelta, c.doneSinceLastYear,
        money(b.planned), money(b.committed), money(b.spent), money(b.previousSpent), money(b.spentDelta),
        '', null, null, null, null, null,
      ]);
      for (const indicator of action.indicators) {
        rows.push([
          `${orientation.number}. ${orientation.title}`, action.title, indicator.name, ...Array(statuses.length + 4 + 5).fill(null),
          indicator.unit, indicator.latestValue, indicator.previousValue, indicator.delta, indicator.target,
          indicator.attainment === null ? null : Math.round(indicator.attainment * 100),
        ]);
      }
    }
  }
  const { commitments: c, budget: b } = review;
  rows.push([
    'Total du plan', '', '', c.total, ...c.byStatus.map((entry) => entry.count), c.averageProgress, c.progressDelta, c.doneSinceLastYear,
    money(b.planned), money(b.committed), money(b.spent), money(b.previousSpent), money(b.spentDelta), '', null, null, null, null, null,
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
