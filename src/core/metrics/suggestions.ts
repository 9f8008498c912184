// Suggestions (METRICS.md): the additions that raise Inclusion most, as edits the UI applies in one click.

import { buildGraphIndex } from '../graph/build-graph-index';
import type { Network, TieKind } from '../model/types';
import { applyEdits } from '../scenario/apply';
import { addBroker, addTies, type NewActor } from '../scenario/composite';
import type { GroupEdit } from '../scenario/types';
import { headline, type Headline } from './headline';
import { searchBroker } from './suggestions-broker-search';
import { RowProgress } from './suggestions-progress';
import { planOf, plannedRows, searchTies, type Found, type Plan } from './suggestions-search';

export interface SuggestOptions {
  /** New ties between existing actors (default), or one new broker tied to existing actors. */
  search?: 'ties' | 'broker';
  /** 'ties': how many new ties, 1..3 (default 1). 'broker': how many actors it is tied to, 2..3 (default 3). */
  budget?: number;
  /** Step horizon, 1..4; default 2. */
  k?: number;
  /** How many suggestions; default 5. */
  count?: number;
  /** Allow ties to the facilitator (default false: METRICS.md's F opens doors, it is not the door;
   * tying actors to F is what "add partner" is for, and makes Reach lean on F, see R_k(G - F)). */
  includeFacilitator?: boolean;
  /** Kind of the suggested ties; default 'partnership' (ties) or 'coordination' (broker). */
  tieKind?: TieKind;
  /** The broker's attributes (search 'broker'); default a civil_society actor named "Broker N". */
  broker?: Partial<NewActor>;
  /** Called with rows of candidates done and in all, about every 1% and once at done === total.
   * The total is planned up front and may grow a little when two greedy chains end alike. */
  onProgress?: (done: number, total: number) => void;
  /** Checked after every row of candidates; once aborted, the search returns { status: 'aborted' }. */
  signal?: AbortSignal;
}

/** The three headline numbers and the least-included community, as headline() gives them. */
export type Outcome = Pick<Headline, 'inclusion' | 'reach' | 'overlap' | 'leastIncluded'>;

export interface Suggestion {
  /** One group edit that applies the whole suggestion: append it to the scenario's edit list. */
  edit: GroupEdit;
  /** A readable sentence (the edit's label), e.g. "Add ties: A — B; C — D". */
  description: string;
  /** The new ties' ends as actor ids (for a broker: [brokerId, target] for each tie). */
  ties: Array<[string, string]>;
  before: Outcome;
  /** Measured with headline() on the network with the edit applied. */
  after: Outcome;
  /** after - before, null where either is n/a. */
  delta: { inclusion: number | null; reach: number | null; overlap: number | null };
}

export type SuggestionResult =
  | { status: 'done'; before: Outcome; suggestions: Suggestion[] }
  | { status: 'aborted'; done: number; total: number };

function outcome(h: Headline): Outcome {
  return { inclusion: h.inclusion, reach: h.reach, overlap: h.overlap, leastIncluded: h.leastIncluded };
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** Turns a found addition into the edit that applies it, and measures it applied with headline(). */
function toSuggestion(network: Network, ids: readonly string[], found: Found, plan: Plan, tieKind: TieKind | undefined, before: Outcome): Suggestion {
  const edit =
    plan.search === 'ties'
      ? addTies(network, { pairs: found.ties.map(([u, v]) => [ids[u]!, ids[v]!] as const), kind: tieKind ?? 'partnership' })
      : addBroker(network, { between: found.targets.map((t) => ids[t]!), actor: plan.broker, ...(tieKind ? { tieKind } : {}) });
  const after = outcome(headline(buildGraphIndex(applyEdits(network, [edit]).network), { k: plan.k }));
  const ties = edit.edits.flatMap((e): Array<[string, string]> => (e.op === 'addTie' ? [[e.tie.source, e.tie.target]] : []));
  return {
    edit,
    description: edit.label,
    ties,
    before,
    after,
    delta: { inclusion: minus(after.inclusion, before.inclusion), reach: minus(after.reach, before.reach), overlap: minus(after.overlap, before.overlap) },
  };
}

/**
 * The search as a generator that yields after every row of candidates, for callers that
 * interleave it with other work; suggest and suggestAsync drive it. Throws a RangeError for
 * options out of range (budget, count, k).
 */
export function* suggestionSearch(network: Network, options: SuggestOptions = {}): Generator<number, SuggestionResult, void> {
  const plan = planOf(options);
  const index = buildGraphIndex(network);
  const progress = new RowProgress(plannedRows(index.n, plan), options.onProgress);
  const before = outcome(headline(index, { k: plan.k }));
  const search = plan.search === 'ties' ? searchTies(network, index, plan, progress) : searchBroker(network, index, plan, progress);
  let found: Found[];
  for (;;) {
    if (options.signal?.aborted) return { status: 'aborted', done: progress.done, total: progress.total };
    const step = search.next();
    if (step.done) {
      found = step.value;
      break;
    }
    yield progress.done;
  }
  progress.advance(progress.total);
  const suggestions = found.map((f) => toSuggestion(network, index.ids, f, plan, options.tieKind, before));
  return { status: 'done', before, suggestions };
}

/**
 * The best additions by METRICS.md's order (Inclusion up, then Reach up, then Overlap down),
 * best first, each strictly better than the network as it is (so there may be fewer than
 * `count`, or none). Exact for one tie; greedy beyond (see searchTies, searchBroker).
 * Synchronous: in a worker, abort by terminating it, or use suggestAsync.
 */
export function suggest(network: Network, options: SuggestOptions = {}): SuggestionResult {
  const run = suggestionSearch(network, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * suggest, pausing every `sliceMs` (default 16) so that messages, and so an AbortSignal fired
 * from another task, get through. `pause` defaults to a zero-delay timeout.
 */
export async function suggestAsync(
  network: Network,
  options: SuggestOptions & { sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<SuggestionResult> {
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const run = suggestionSearch(network, options);
  let sliceStart = Date.now();
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= (options.sliceMs ?? 16)) {
      await pause();
      sliceStart = Date.now();
    }
  }
}
