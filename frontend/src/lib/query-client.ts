import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './problem';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again; network hiccups and 5xx might.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        retryDelay: (attempt) => Math.min(250 * 2 ** attempt, 2000),
      },
      mutations: { retry: false },
    },
  });
}
