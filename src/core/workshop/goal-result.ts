// What checking one goal says: met or not, how far, and why.

export interface GoalResult {
  met: boolean;
  /** One sentence: where the network stands and what the goal is. */
  distance: string;
  /** Why it is met or not, naming actors and paths. */
  reasons: string[];
}
