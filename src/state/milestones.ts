// Performance marks at the moments a person waits for, read by `npm run bench:browser` (never every frame).

export type Milestone = 'layout-first-frame' | 'layout-settled' | 'metrics-updated';

export function mark(milestone: Milestone): void {
  globalThis.performance?.mark?.(`bridgework:${milestone}`);
}
