import { describe, expect, it } from 'vitest';
import { PollMethod } from './poll.entity';
import { choiceError, tallyPoll } from './poll-tally';

const options = [
  { id: '1', label: 'Pour' },
  { id: '2', label: 'Contre' },
];
const poll = (method: PollMethod) => ({ method, options: method === PollMethod.CONSENT || method === PollMethod.TEMPERATURE ? [] : options });
const times = (choice: string, count: number) => Array.from({ length: count }, () => choice);

describe('majorities', () => {
  it('adopts a simple majority only above half of the votes cast', () => {
    expect(tallyPoll(poll(PollMethod.SIMPLE_MAJORITY), [...times('1', 3), ...times('2', 2)], 6).adopted).toBe(true);
    expect(tallyPoll(poll(PollMethod.SIMPLE_MAJORITY), [...times('1', 2), ...times('2', 2)], 6).adopted).toBe(false);
  });

  it('needs two thirds, inclusive, for a 2/3 majority', () => {
    const twoThirds = tallyPoll(poll(PollMethod.TWO_THIRDS), [...times('1', 4), ...times('2', 2)], 6);
    expect(twoThirds).toMatchObject({ adopted: true, ballots: 6, eligible: 6, votes: { votesFor: 4, votesAgainst: 2 } });
    expect(twoThirds.outcome).toBe('Adoptée : 4 pour « Pour » sur 6 exprimés (majorité des 2/3 atteinte)');
    expect(tallyPoll(poll(PollMethod.TWO_THIRDS), [...times('1', 3), ...times('2', 2)], 6).adopted).toBe(false);
  });

  it('needs four fifths for a 4/5 majority', () => {
    expect(tallyPoll(poll(PollMethod.FOUR_FIFTHS), [...times('1', 4), '2'], 5).adopted).toBe(true);
    expect(tallyPoll(poll(PollMethod.FOUR_FIFTHS), [...times('1', 7), ...times('2', 2)], 9).adopted).toBe(false);
  });

  it('adopts nothing without votes', () => {
    const empty = tallyPoll(poll(PollMethod.SIMPLE_MAJORITY), [], 4);
    expect(empty).toMatchObject({ adopted: false, ballots: 0, outcome: 'Non adoptée : aucun vote exprimé' });
    expect(empty.results.map((result) => result.count)).toEqual([0, 0]);
  });
});

describe('consent', () => {
  it('passes with agreement and abstentions, and is blocked by one objection', () => {
    expect(tallyPoll(poll(PollMethod.CONSENT), ['AGREE', 'AGREE', 'ABSTAIN'], 3)).toMatchObject({
      adopted: true,
      outcome: "Consentement : adopté (2 d'accord, 1 abstention)",
      votes: { votesFor: 2, votesAgainst: 0, abstentions: 1 },
    });
    expect(tallyPoll(poll(PollMethod.CONSENT), ['AGREE', 'BLOCK'], 3)).toMatchObject({ adopted: false, outcome: 'Consentement : bloqué par 1 personne' });
  });
});

describe('temperature', () => {
  it('gives the average and a count per level, adopting nothing', () => {
    const tally = tallyPoll(poll(PollMethod.TEMPERATURE), ['4', '5', '3'], 5);
    expect(tally).toMatchObject({ adopted: null, outcome: 'Température moyenne 4,0 / 5' });
    expect(tally.results.map((result) => result.count)).toEqual([0, 0, 1, 1, 1]);
  });
});

describe('valid choices', () => {
  it('accepts only the options of the method, and an objection only with a reason', () => {
    expect(choiceError(poll(PollMethod.SIMPLE_MAJORITY), '2')).toBeNull();
    expect(choiceError(poll(PollMethod.SIMPLE_MAJORITY), '3')).toMatch(/n'existe pas/);
    expect(choiceError(poll(PollMethod.CONSENT), 'YES')).toMatch(/AGREE/);
    expect(choiceError(poll(PollMethod.CONSENT), 'BLOCK', '  ')).toMatch(/raison/);
    expect(choiceError(poll(PollMethod.CONSENT), 'BLOCK', 'Budget absent')).toBeNull();
    expect(choiceError(poll(PollMethod.TEMPERATURE), '6')).toMatch(/1 à 5/);
  });
});
