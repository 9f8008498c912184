import { describe, expect, it } from 'vitest';
import { readExercises, writeExercises, type Exercise, type ExercisesFile } from '../../../src/core/workshop';

const exercise = (): Exercise => ({
  id: 'serbia-parliament',
  title: 'Serbia: bring in parliament',
  situation: 'Women in Black reaches no decision-maker within two steps.',
  goal: { type: 'no-cut-off', k: 2 },
  moves: ['addTie'],
  budget: { ties: 1 },
  hints: ['Look for a Serbian institution.', 'Tie Women in Black to the Parliament of Serbia.'],
  lesson: { quote: 'One strategy is to involve parliament', section: '2. Bringing diverse actors together / Lessons learned' },
  solution: [{ op: 'addTie', tie: { id: 'women-in-black--serbia-parliament', source: 'women-in-black', target: 'serbia-parliament', kind: 'dialogue' } }],
  start: [{ op: 'removeTie', id: 'kwn--sgcg' }],
});
const file = (...exercises: unknown[]): ExercisesFile => ({ schemaVersion: 1, format: 'bridgework-exercises', exercises: exercises as Exercise[] });

const errorsOf = (value: unknown) => {
  const read = readExercises(typeof value === 'string' ? value : JSON.stringify(value), 'workshop.json');
  return read.ok ? [] : read.errors;
};

describe('readExercises', () => {
  it('readExercises reads back what writeExercises wrote', () => {
    expect(readExercises(writeExercises(file(exercise())), 'workshop.json')).toEqual({ ok: true, file: file(exercise()) });
  });

  it('readExercises names the file, the exercise id and the field of each problem', () => {
    const bad = {
      ...exercise(),
      id: 'Bad Id',
      title: '',
      goal: { type: 'group-reach-at-least', community: 'Roma', k: 7, value: 20, within: 2 },
      moves: ['addTie', 'teleport', 'addTie'],
      budget: { ties: -1, money: 3 },
      hints: ['Only one'],
      lesson: { quote: 'x'.repeat(251), section: 'Lessons' },
      solution: [{ op: 'addTie', tie: { id: 'a--b', source: 'a', target: 'a', kind: 'mou' } }],
      colour: 'red',
    };
    expect(errorsOf(file(bad))).toEqual([
      'workshop.json: exercise 1 ("Bad Id"), colour: is not an exercise field',
      'workshop.json: exercise 1 ("Bad Id"), id: expected lower-case kebab-case, such as "rae-broker"',
      'workshop.json: exercise 1 ("Bad Id"), title: expected text, got empty text',
      'workshop.json: exercise 1 ("Bad Id"), goal.within: is not a field of a group-reach-at-least goal (its fields: community, k, value)',
      'workshop.json: exercise 1 ("Bad Id"), goal.k: expected a whole number of steps from 1 to 4, got 7',
      'workshop.json: exercise 1 ("Bad Id"), goal.value: expected a share from 0 to 1 (0.2 is 20%), got 20',
      'workshop.json: exercise 1 ("Bad Id"), moves[2]: expected one of addTie, addBroker, addPartner, removeActor, removeTie; got "teleport"',
      'workshop.json: exercise 1 ("Bad Id"), moves[3]: repeats addTie',
      'workshop.json: exercise 1 ("Bad Id"), budget.ties: expected a whole number of moves, got -1',
      'workshop.json: exercise 1 ("Bad Id"), budget.money: is not a budget (one of: ties, brokers, partners, removals)',
      'workshop.json: exercise 1 ("Bad Id"), hints: expected 2 or 3 hints, each more specific than the last; got 1',
      'workshop.json: exercise 1 ("Bad Id"), lesson.quote: is 251 characters; keep it under 250',
      'workshop.json: exercise 1 ("Bad Id"), solution, edit 1 (add tie "a--b"), tie.target: is the same actor as source',
    ]);
  });

  it('readExercises reports a missing goal field, an unknown goal type and a repeated id', () => {
    const noActor = { ...exercise(), id: 'one', goal: { type: 'reach-decision-maker', within: 2, country: 'Mars' } };
    const unknownType = { ...exercise(), id: 'two', goal: { type: 'make-friends' } };
    const repeated = { ...exercise(), id: 'one', lesson: undefined, start: [{ op: 'removeActor' }] };
    expect(errorsOf(file(noActor, unknownType, repeated))).toEqual([
      'workshop.json: exercise 1 ("one"), goal.actor: is missing',
      'workshop.json: exercise 1 ("one"), goal.country: expected one of Kosovo, BiH, Serbia, regional, international; got "Mars"',
      'workshop.json: exercise 2 ("two"), goal.type: expected one of reach-decision-maker, group-reach-at-least, inclusion-at-least, reach-without-facilitator-at-least, overlap-at-most, no-cut-off; got "make-friends"',
      'workshop.json: exercise 3 ("one"), lesson: is missing (expected { quote, section })',
      'workshop.json: exercise 3 ("one"), start, edit 1 (remove actor), id: is missing',
      'workshop.json: exercise 3 ("one"), id: repeats "one", already used by an earlier exercise',
    ]);
  });

  it('readExercises says what is wrong with the file as a whole', () => {
    expect(errorsOf('{')).toEqual([expect.stringMatching(/^workshop\.json: line 1, column \d+: not valid JSON/)]);
    expect(errorsOf({ format: 'bridgework-story' })).toEqual(['workshop.json: exercises file, format: expected "bridgework-exercises", got "bridgework-story"']);
    expect(errorsOf({ schemaVersion: 3, format: 'bridgework-exercises' })).toEqual([
      'workshop.json: exercises file, schemaVersion: expected 1, got 3 (written by a newer version of Bridgework)',
      'workshop.json: exercises file, exercises: is missing (expected a list)',
    ]);
  });
});
