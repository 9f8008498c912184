// Finds actors by what a person types: exact name or acronym first, then prefixes, then any substring.

import type { Actor } from './types';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase()
    .trim();
}

interface Folded {
  name: string;
  short: string;
  words: string[];
}

/**
 * An actor's name folded for matching, kept per actor: the find box matches thousands of names again
 * after every edit, and a scenario's network shares its untouched actors with the baseline.
 */
const foldedActors = new WeakMap<Actor, Folded>();

function folded(actor: Actor): Folded {
  let known = foldedActors.get(actor);
  if (!known) {
    const name = fold(actor.name);
    known = { name, short: fold(actor.short ?? ''), words: name.split(/[\s,()-]+/) };
    foldedActors.set(actor, known);
  }
  return known;
}

/** Actors matching `query`, best first; at most `limit`. */
export function findActors(actors: readonly Actor[], query: string, limit = 10): Actor[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: [number, Actor][] = [];
  for (const actor of actors) {
    const { name, short, words } = folded(actor);
    let score = 0;
    if (name === q || short === q) score = 4;
    else if (name.startsWith(q) || short.startsWith(q)) score = 3;
    else if (words.some((word) => word.startsWith(q))) score = 2;
    else if (name.includes(q)) score = 1;
    if (score > 0) scored.push([score, actor]);
  }
  scored.sort((a, b) => b[0] - a[0] || a[1].name.length - b[1].name.length);
  return scored.slice(0, limit).map(([, actor]) => actor);
}

/** Actors whose name or acronym contains what is typed (accents, case and apostrophes aside), in their order; all of them for nothing typed. */
export function filterActors(actors: readonly Actor[], query: string): readonly Actor[] {
  const q = fold(query);
  if (q === '') return actors;
  return actors.filter((actor) => {
    const { name, short } = folded(actor);
    return name.includes(q) || short.includes(q);
  });
}
