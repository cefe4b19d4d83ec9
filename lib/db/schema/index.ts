export * from './enums';
export * from './regions';
export * from './population';
export * from './guidelines';
export * from './users';
export * from './decisions';
export * from './staffing';
export * from './audit';
