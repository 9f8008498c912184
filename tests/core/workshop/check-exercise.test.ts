import { describe, expect, it } from 'vitest';
import { addBroker, addTies, type Edit } from '../../../src/core/scenario';
import { checkExercise, checkExercisesAgainst, noMoves, startNetwork, type Exercise } from '../../../src/core/workshop';
import { network, ties } from '../metrics/helpers';

/** The Roma group r knows only the facilitator; e is three steps away (r - F - n - e) and d is alone. */
const baseline = () => network(['F:un', 'r:womens_org:Roma', 'n:network', 'd:government', 'e:security'], ties('F-r', 'F-n', 'n-e'));

const exercise = (partial: Partial<Exercise> = {}): Exercise => ({
  id: 'roma-broker',
  title: 'A broker for the Roma group',
  situation: 'The Roma group knows only the facilitator.',
  goal: { type: 'reach-decision-maker', actor: 'r', within: 2 },
  moves: ['addBroker'],
  budget: { brokers: 1 },
  hints: ['A broker is a new actor.', 'Tie it to r and d.'],
  lesson: { quote: 'Networks matter.', section: 'Lessons learned' },
  solution: [addBroker(baseline(), { between: ['r', 'd'] })],
  ...partial,
});

describe('checkExercise', () => {
  it('checkExercise says the start does not meet the goal, and how far it is', () => {
    const check = checkExercise(exercise(), baseline(), []);
    expect(check).toMatchObject({ met: false, withinBudget: true, allowed: true, solved: false, used: noMoves(), skipped: [] });
    expect(check.distance).toBe('r is three steps from the nearest decision-maker (e); the goal is two steps.');
  });

  it('checkExercise accepts the known solution: met, within budget, allowed', () => {
    const check = checkExercise(exercise(), baseline(), exercise().solution);
    expect(check).toMatchObject({ met: true, withinBudget: true, allowed: true, solved: true, used: { ...noMoves(), addBroker: 1 } });
    expect(check.reasons).toEqual(['r reaches d in two steps: r → Broker 1 → d.']);
  });

  it('checkExercise flags a second broker as over budget, and a tie as a move the exercise does not allow', () => {
    const second = addBroker(baseline(), { actor: { id: 'broker-2' }, between: ['r', 'e'] });
    const over = checkExercise(exercise(), baseline(), [...exercise().solution, second]);
    expect(over).toMatchObject({ met: true, withinBudget: false, allowed: true, solved: false });
    expect(over.reasons.at(-1)).toBe('You used 2 brokers; the budget is 1.');

    const tie = checkExercise(exercise(), baseline(), [addTies(baseline(), { pairs: [['r', 'd']] })]);
    expect(tie).toMatchObject({ met: true, withinBudget: true, allowed: false, solved: false });
    expect(tie.reasons.at(-1)).toBe('This exercise does not use ties, and the attempt has 1 tie.');
  });

  it('checkExercise applies the start first, and counts only the trainee\'s edits', () => {
    const start: Edit[] = [{ op: 'removeTie', id: 'F-n' }];
    expect(startNetwork({ start }, baseline()).ties.map((t) => t.id)).toEqual(['F-r', 'n-e']);
    const check = checkExercise(exercise({ start, goal: { type: 'no-cut-off', k: 2 } }), baseline(), []);
    expect(check.distance).toBe('1 civil-society actor reaches no decision-maker within two steps (r); the goal is none.');
    expect(check.used).toEqual(noMoves());
  });

  it('checkExercise lists edits that do not apply and does not count them', () => {
    const ghost: Edit = { op: 'removeTie', id: 'ghost' };
    const check = checkExercise(exercise({ moves: ['addBroker', 'removeTie'], budget: { brokers: 1, removals: 0 } }), baseline(), [ghost, ...exercise().solution]);
    expect(check.skipped).toEqual(['Edit 1 (remove tie "ghost") is skipped: there is no tie "ghost" in the network.']);
    expect(check).toMatchObject({ solved: true, used: { ...noMoves(), addBroker: 1 } });
  });

  it('checkExercise holds removals to their budget', () => {
    const removals = exercise({ goal: { type: 'no-cut-off', k: 2 }, moves: ['removeActor', 'removeTie'], budget: { removals: 1 }, solution: [{ op: 'removeActor', id: 'r' }] });
    expect(checkExercise(removals, baseline(), removals.solution)).toMatchObject({ met: true, withinBudget: true, allowed: true });
    const two = checkExercise(removals, baseline(), [{ op: 'removeActor', id: 'r' }, { op: 'removeTie', id: 'n-e' }]);
    expect(two.withinBudget).toBe(false);
    expect(two.reasons.at(-1)).toBe('You used 2 removals; the budget is 1.');
  });
});

describe('checkExercisesAgainst', () => {
  it('checkExercisesAgainst finds nothing wrong with a playable exercise', () => {
    expect(checkExercisesAgainst([exercise()], baseline())).toEqual([]);
  });

  it('checkExercisesAgainst reports unknown ids, a goal met from the start and a solution that does not solve', () => {
    const broken = exercise({
      goal: { type: 'reach-decision-maker', actor: 'ghost', within: 2 },
      start: [{ op: 'removeActor', id: 'nobody' }],
      solution: [addTies(baseline(), { pairs: [['r', 'n']] })],
    });
    expect(checkExercisesAgainst([broken], baseline())).toEqual([
      'exercise 1 ("roma-broker"), start: Edit 1 (remove actor "nobody") is skipped: there is no actor "nobody" in the network.',
      'exercise 1 ("roma-broker"), goal.actor: "ghost" is not in the network the trainee starts from',
      'exercise 1 ("roma-broker"), solution: does not meet the goal ("ghost" is not in the network; the goal is two steps.)',
      'exercise 1 ("roma-broker"), solution: uses moves the exercise does not allow',
    ]);
    const easy = exercise({ goal: { type: 'group-reach-at-least', community: 'Roma', k: 2, value: 0 } });
    expect(checkExercisesAgainst([easy], baseline())).toEqual(['exercise 1 ("roma-broker"), goal: is already met before the trainee makes a move']);
  });
});
