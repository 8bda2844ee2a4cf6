import { Field, Int, ObjectType } from 'type-graphql';
import { PollMethod, type PollOption } from './poll.entity';

export const CONSENT_CHOICES = ['AGREE', 'ABSTAIN', 'BLOCK'] as const;
export const TEMPERATURE_CHOICES = ['1', '2', '3', '4', '5'] as const;
const CONSENT_LABELS: Record<string, string> = { AGREE: "D'accord", ABSTAIN: 'Abstention', BLOCK: 'Objection' };
/** The share of the votes cast the leading option must pass (simple) or reach (qualified). */
const MAJORITIES: Partial<Record<PollMethod, { share: [number, number]; strict: boolean; label: string }>> = {
  [PollMethod.SIMPLE_MAJORITY]: { share: [1, 2], strict: true, label: 'majorité simple' },
  [PollMethod.TWO_THIRDS]: { share: [2, 3], strict: false, label: 'majorité des 2/3' },
  [PollMethod.FOUR_FIFTHS]: { share: [4, 5], strict: false, label: 'majorité des 4/5' },
};

@ObjectType({ description: 'How many ballots chose one option.' })
export class PollResult {
  @Field(() => String, { description: 'An option id, AGREE / ABSTAIN / BLOCK, or "1"…"5".' })
  choice!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The count of a poll and what it means.' })
export class PollTally {
  @Field(() => Int, { description: 'Ballots cast.' })
  ballots!: number;

  @Field(() => Int, { description: 'Voting members present, plus the proxies they hold.' })
  eligible!: number;

  @Field(() => [PollResult])
  results!: PollResult[];

  @Field(() => String, { description: 'The result in a sentence, in French.' })
  outcome!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the proposal carried; null for a temperature check.' })
  adopted!: boolean | null;

  /** For a decision: for, against, abstentions where they mean something. */
  votes!: { votesFor: number | null; votesAgainst: number | null; abstentions: number | null };
}

export function isMajority(method: PollMethod) {
  return method in MAJORITIES;
}

/** Why a choice is not valid for this poll, or null when it is. */
export function choiceError(poll: { method: PollMethod; options: PollOption[] }, choice: string, reason?: string | null) {
  if (isMajority(poll.method)) return poll.options.some((option) => option.id === choice) ? null : "Cette option n'existe pas dans ce scrutin.";
  if (poll.method === PollMethod.CONSENT) {
    if (!(CONSENT_CHOICES as readonly string[]).includes(choice)) return 'Répondez AGREE, ABSTAIN ou BLOCK.';
    if (choice === 'BLOCK' && !reason?.trim()) return 'Une objection se motive : indiquez la raison.';
    return null;
  }
  return (TEMPERATURE_CHOICES as readonly string[]).includes(choice) ? null : 'La température va de 1 à 5.';
}

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;
const french = (value: number) => value.toFixed(1).replace('.', ',');

/** Counts the choices cast under the poll's method. */
export function tallyPoll(poll: { method: PollMethod; options: PollOption[] }, choices: string[], eligible: number): PollTally {
  const count = (choice: string) => choices.filter((cast) => cast === choice).length;
  const base = { ballots: choices.length, eligible };
  if (poll.method === PollMethod.CONSENT) return consent(base, count);
  if (poll.method === PollMethod.TEMPERATURE) return temperature(base, count, choices);
  const rule = MAJORITIES[poll.method]!;
  const results = poll.options.map((option) => ({ choice: option.id, label: option.label, count: count(option.id) }));
  const cast = choices.length;
  const leading = [...results].sort((a, b) => b.count - a.count)[0];
  const tied = results.filter((result) => result.count === leading?.count).length > 1;
  const [num, den] = rule.share;
  const reaches = rule.strict ? leading.count * den > cast * num : leading.count * den >= cast * num;
  const adopted = cast > 0 && !tied && reaches;
  const outcome = !cast
    ? 'Non adoptée : aucun vote exprimé'
    : `${adopted ? 'Adoptée' : 'Non adoptée'} : ${leading.count} pour « ${leading.label} » sur ${cast} ${cast > 1 ? 'exprimés' : 'exprimé'} (${rule.label} ${adopted ? 'atteinte' : 'non atteinte'})`;
  const votes = { votesFor: leading.count, votesAgainst: cast - leading.count, abstentions: null };
  return Object.assign(new PollTally(), { ...base, results, outcome, adopted, votes });
}

function consent(base: { ballots: number; eligible: number }, count: (choice: string) => number): PollTally {
  const results = CONSENT_CHOICES.map((choice) => ({ choice, label: CONSENT_LABELS[choice], count: count(choice) }));
  const [agree, abstain, block] = results.map((result) => result.count);
  const adopted = block === 0 && agree > 0;
  const outcome = block
    ? `Consentement : bloqué par ${plural(block, 'personne', 'personnes')}`
    : agree
      ? `Consentement : adopté (${agree} d'accord, ${plural(abstain, 'abstention', 'abstentions')})`
      : 'Consentement : aucun accord exprimé';
  const votes = { votesFor: agree, votesAgainst: block, abstentions: abstain };
  return Object.assign(new PollTally(), { ...base, results, outcome, adopted, votes });
}

function temperature(base: { ballots: number; eligible: number }, count: (choice: string) => number, choices: string[]): PollTally {
  const results = TEMPERATURE_CHOICES.map((choice) => ({ choice, label: `${choice} / 5`, count: count(choice) }));
  const average = choices.length ? choices.reduce((sum, choice) => sum + Number(choice), 0) / choices.length : null;
  const outcome = average === null ? 'Température : aucun vote' : `Température moyenne ${french(average)} / 5`;
  const votes = { votesFor: null, votesAgainst: null, abstentions: null };
  return Object.assign(new PollTally(), { ...base, results, outcome, adopted: null, votes });
}
