export * from './layout-input';
export * from './params';
export * from './positions';
export * from './random';
export * from './regions';
export * from './simulation';
