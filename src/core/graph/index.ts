// The graph index: actors as integers, ties as CSR typed arrays.

export * from './graph-index';
export * from './build-graph-index';
export * from './existed';
export * from './codes';
export * from './csr';
export * from './steps-from';
