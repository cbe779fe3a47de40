export * from './types';
export * from './errors';
export type { EventPanel } from './stats/panel';
