import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/model/types';
import type { ExercisesFile } from '../../src/core/workshop/types';
import { ScenarioState } from '../../src/state/scenario-state.svelte';
import { WorkshopState, attemptName } from '../../src/state/workshop-state.svelte';
import { i18n } from '../../src/i18n/i18n.svelte';

const network = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')) as Network;
const shipped = readFileSync('data/exercises.json', 'utf8');

describe('WorkshopState', () => {
  it('WorkshopState keeps each attempt as a scenario of its own and checks it live', () => {
    const scenarios = new ScenarioState(network);
    const workshop = new WorkshopState(scenarios);
    workshop.loadFile(shipped, 'exercises.json');
    const exercise = workshop.exercises[0]!;
    workshop.choose(exercise.id);
    expect(scenarios.active?.name).toBe(attemptName(exercise));
    expect(workshop.check?.met).toBe(false);
    workshop.showSolution();
    expect(workshop.check?.solved).toBe(true);
    workshop.reset();
    expect(workshop.check?.met).toBe(false);
    scenarios.undo();
    expect(workshop.check?.solved).toBe(true);
  });

  it('WorkshopState refuses a facilitator\'s file whose exercise does not fit the network, and keeps the list', () => {
    const workshop = new WorkshopState(new ScenarioState(network));
    workshop.loadFile(shipped, 'exercises.json');
    const file = JSON.parse(shipped) as ExercisesFile;
    file.exercises[0]!.goal = { type: 'reach-decision-maker', actor: 'nobody', within: 2 };
    workshop.loadFile(JSON.stringify(file), 'mine.json');
    expect(workshop.error).toMatch(/^mine\.json: .*nobody/m);
    expect(workshop.exercises).toHaveLength(file.exercises.length);
    workshop.loadFile('{ "format": "bridgework-exercises", ', 'broken.json');
    expect(workshop.error).toMatch(/^broken\.json: line 1/);
  });

  it('WorkshopState shows the shipped exercises in the interface\'s language, and an attempt stays the attempt across a switch', async () => {
    const scenarios = new ScenarioState(network);
    const workshop = new WorkshopState(scenarios);
    await workshop.load();
    const english = workshop.exercises[0]!;
    try {
      await i18n.use('sq');
      await workshop.translate('sq');
      const albanian = workshop.exercises[0]!;
      expect(albanian).toMatchObject({ id: english.id, goal: english.goal, lesson: english.lesson });
      expect(albanian.title).not.toBe(english.title);
      workshop.choose(albanian.id);
      expect(scenarios.active?.name).toBe(`Ushtrimi: ${albanian.title}`);
      expect(workshop.check?.distance).toMatch(/qëllimi është/);
      await i18n.use('en');
      expect(workshop.exercise?.title).toBe(english.title);
      expect(workshop.check?.distance).toMatch(/the goal is/);
      workshop.showSolution();
      expect(workshop.check?.solved).toBe(true);
    } finally {
      await i18n.use('en');
    }
  });

  it('WorkshopState shows a facilitator\'s own exercises as written, whatever the language', async () => {
    const workshop = new WorkshopState(new ScenarioState(network));
    workshop.loadFile(shipped, 'mine.json');
    try {
      await i18n.use('bs');
      await workshop.translate('bs');
      expect(workshop.exercises.map((e) => e.title)).toEqual((JSON.parse(shipped) as ExercisesFile).exercises.map((e) => e.title));
    } finally {
      await i18n.use('en');
    }
  });
});
