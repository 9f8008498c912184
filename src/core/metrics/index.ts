// The metrics engine (METRICS.md): pure functions over a GraphIndex.

export * from './analyse';
export * from './analysis';
export * from './betweenness';
export * from './bfs';
export * from './brandes';
export * from './bridging';
export * from './brokerage';
export * from './candidate-partner';
export * from './components';
export * from './constraint';
export * from './effective-size';
export * from './fragility';
export * from './group-reach';
export * from './headline';
export * from './overlap';
export * from './random';
export * from './reach';
export * from './source-order';
export * from './suggestions';
