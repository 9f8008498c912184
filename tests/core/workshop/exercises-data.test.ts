// The shipped exercises: each starts unsolved, its known solution solves it, and going over budget is flagged.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/core/model/types';
import { addBroker, addPartner, addTies, applyEdits, type Edit } from '../../../src/core/scenario';
import { numbersOf, percent } from '../../../src/core/story';
import { checkExercise, checkExercisesAgainst, readExercises, startNetwork, type Budget, type Exercise } from '../../../src/core/workshop';
import { fold, foldedReport, reportPresent, REPORT } from '../../fixtures/report';

const baseline = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')) as Network;
const read = readExercises(readFileSync('data/exercises.json', 'utf8'), 'exercises.json');
const exercises = (): Exercise[] => {
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.file.exercises;
};

/** `count` more moves of the budget's kind, made on the solved network so their ids are free. */
function extraMoves(key: keyof Budget, count: number, solved: Network): Edit[] {
  const pairs: Array<[string, string]> = [['tpo', 'kwn'], ['zz', 'kgsc'], ['rwl', 'norma'], ['medica-zenica', 'kwn'], ['foundation-cure', 'kgsc']];
  return Array.from({ length: count }, (_, i): Edit => {
    if (key === 'ties') return addTies(solved, { pairs: [pairs[i]!] });
    if (key === 'brokers') return addBroker(solved, { actor: { id: `extra-broker-${i}` }, between: ['kwn', 'zz'] });
    if (key === 'partners') return addPartner(solved, { partner: { id: `extra-partner-${i}`, name: `Extra ${i}`, kind: 'womens_org', country: 'Serbia', level: 'local' } });
    return { op: 'removeTie', id: solved.ties[i]!.id };
  });
}

describe('data/exercises.json', () => {
  it('readExercises reads the shipped file: at least six exercises, two or three hints each', () => {
    expect(read.ok ? [] : read.errors).toEqual([]);
    expect(exercises().length).toBeGreaterThanOrEqual(6);
    for (const e of exercises()) expect(e.hints.length === 2 || e.hints.length === 3).toBe(true);
  });

  it('the exercises between them use every goal type', () => {
    expect(new Set(exercises().map((e) => e.goal.type)).size).toBe(6);
  });

  it('checkExercisesAgainst finds every exercise playable on the embedded network', () => {
    expect(checkExercisesAgainst(exercises(), baseline)).toEqual([]);
  });

  it('checkExercise finds every exercise unsolved at the start', () => {
    const solvedAtStart = exercises().filter((e) => checkExercise(e, baseline, []).met).map((e) => e.id);
    expect(solvedAtStart).toEqual([]);
  });

  it('checkExercise accepts every known solution: goal met, within budget, allowed moves only', () => {
    for (const e of exercises()) {
      const check = checkExercise(e, baseline, e.solution);
      expect({ id: e.id, met: check.met, withinBudget: check.withinBudget, allowed: check.allowed, skipped: check.skipped }).toEqual({
        id: e.id, met: true, withinBudget: true, allowed: true, skipped: [],
      });
    }
  });

  it('checkExercise flags every solution pushed over each of its budgets', () => {
    for (const e of exercises()) {
      const solved = applyEdits(startNetwork(e, baseline), e.solution).network;
      const used = checkExercise(e, baseline, e.solution).used;
      for (const [key, limit] of Object.entries(e.budget) as Array<[keyof Budget, number]>) {
        const spent = { ties: used.addTie, brokers: used.addBroker, partners: used.addPartner, removals: used.removeActor + used.removeTie }[key];
        const over = checkExercise(e, baseline, [...e.solution, ...extraMoves(key, limit - spent + 1, solved)]);
        expect({ id: e.id, key, withinBudget: over.withinBudget, solved: over.solved }).toEqual({ id: e.id, key, withinBudget: false, solved: false });
      }
    }
  });

  it('every percentage a situation quotes is a number of the network the trainee starts from', () => {
    const unmatched = exercises().flatMap((e) => {
      const n = numbersOf(startNetwork(e, baseline), 2);
      const shown = [n.reach, n.inclusion, n.overlap, n.reachWithoutFacilitator, ...Object.values(n.groups)].map(percent);
      return (e.situation.match(/\d+(\.\d)?%/g) ?? []).filter((p) => !shown.includes(p)).map((p) => `${e.id}: ${p}`);
    });
    expect(unmatched).toEqual([]);
  });

  it.skipIf(!reportPresent)('quotes the report verbatim in every lesson, from the section it names', () => {
    const report = foldedReport();
    const missing = exercises().flatMap((e) => [
      ...(report.includes(fold(e.lesson.quote)) ? [] : [`${e.id} quote: ${e.lesson.quote}`]),
      ...e.lesson.section.split(' / ').filter((part) => !report.includes(fold(part))).map((part) => `${e.id} section: ${part}`),
    ]);
    expect(missing).toEqual([]);
  });

  it.runIf(!reportPresent)('skips the quote check: the report is not at ../shared/source/', () => {
    console.warn(`Quote check skipped: ${REPORT} is absent (a clone outside the project's workspace).`);
  });
});
