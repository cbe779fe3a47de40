// Types of sp500-job.mjs for the TypeScript benchmarks that share its job.
import type { LoadStudyOptions } from '../../../src/node/load-study';
import type { StudySpec } from '../../../src/types';

export function jobFiles(path: (relative: string) => string): LoadStudyOptions;
export const JOB_SETTINGS: Pick<StudySpec, 'model' | 'window' | 'estimation' | 'carWindows'>;
