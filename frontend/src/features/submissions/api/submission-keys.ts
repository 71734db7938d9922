import type { SubmissionStatus } from '@/lib/api';

/** The one submission of a unit for a period of a plan (there is at most one). */
export interface SubmissionKey {
  plan: string;
  orgUnit: string;
  period: string;
}

export interface SubmissionFilters {
  plan: string;
  orgUnit?: string;
  period?: string;
  status?: SubmissionStatus;
  page?: number;
  size?: number;
  sort?: string;
}

export interface ReviewQueueFilters {
  plan: string;
  status: SubmissionStatus;
  period?: string;
}

/**
 * Every cache key of submissions, in one place so a write can say exactly what it changed:
 * lists (the reports list, the review queues and their counts) hang under `lists()`, a single
 * submission is cached both by id (review) and by unit and period (data entry).
 */
export const submissionKeys = {
  all: ['submissions'] as const,
  lists: () => [...submissionKeys.all, 'list'] as const,
  list: (filters: SubmissionFilters) => [...submissionKeys.lists(), filters] as const,
  reviewQueue: (filters: ReviewQueueFilters) => [...submissionKeys.lists(), 'review', filters] as const,
  reviewCount: (filters: { plan: string | undefined; status: SubmissionStatus; period?: string }) => [...submissionKeys.lists(), 'count', filters] as const,
  one: (id: number) => [...submissionKeys.all, 'one', id] as const,
  forUnit: (key: SubmissionKey) => [...submissionKeys.all, 'for-unit', key] as const,
  histories: () => [...submissionKeys.all, 'history'] as const,
  history: (id: number) => [...submissionKeys.histories(), id] as const,
};
