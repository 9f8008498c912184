// How strongly each actor and tie shows while a selection lights its k-step neighbourhood.

import type { Scene } from './scene';

/** Faded actors and ties when a selection lights its neighbourhood. */
export const DIMMED = 0.13;
/** Actors two or more steps from the selection: lit, but quieter than its direct ties. */
const FAR = 0.6;

/** How strongly an actor shows: 1 without a selection or next to it, less further out, faint beyond k. */
export function emphasis(scene: Scene, i: number): number {
  if (!scene.steps) return 1;
  const steps = scene.steps[i]!;
  return steps < 0 ? DIMMED : steps <= 1 ? 1 : FAR;
}

/** 0: faded, 1: inside the neighbourhood, 2: a tie of the selected actor itself. */
export function tieLevel(scene: Scene, s: number, t: number): number {
  if (!scene.steps) return 1;
  const a = scene.steps[s]!;
  const b = scene.steps[t]!;
  if (a < 0 || b < 0) return 0;
  return a === 0 || b === 0 ? 2 : 1;
}

