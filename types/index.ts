export * from './domain';
export * from './status';
export * from './errors';
export * from './api';
export * from './quality';
export * from './personal';
export * from './dispatch';
export * from './timeline-notes';
