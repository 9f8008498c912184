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

/** Actors matching `query`, best first; at most `limit`. */
export function findActors(actors: readonly Actor[], query: string, limit = 10): Actor[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: [number, Actor][] = [];
  for (const actor of actors) {
    const name = fold(actor.name);
    const short = fold(actor.short ?? '');
    let score = 0;
    if (name === q || short === q) score = 4;
    else if (name.startsWith(q) || short.startsWith(q)) score = 3;
    else if (name.split(/[\s,()-]+/).some((word) => word.startsWith(q))) score = 2;
    else if (name.includes(q)) score = 1;
    if (score > 0) scored.push([score, actor]);
  }
  scored.sort((a, b) => b[0] - a[0] || a[1].name.length - b[1].name.length);
  return scored.slice(0, limit).map(([, actor]) => actor);
}
