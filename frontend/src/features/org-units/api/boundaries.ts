import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { GeoJsonUpload } from '@/lib/api';

/** Every unit's shape (GET /org-units/boundaries): an empty collection when none was uploaded. */
export function getBoundaries() {
  return unwrap(api.GET('/api/v1/org-units/boundaries'));
}

export function useBoundaries() {
  // Shapes change only when an administrator uploads a file: no need to read them again on every visit.
  return useQuery({ queryKey: ['org-units', 'boundaries'], queryFn: getBoundaries, staleTime: 10 * 60_000 });
}

/** Uploads a FeatureCollection as the whole set of shapes; `dryRun` only answers what would change. */
export function uploadBoundaries({ collection, dryRun }: { collection: GeoJsonUpload; dryRun: boolean }) {
  return unwrap(api.PUT('/api/v1/org-units/boundaries', { params: { query: { dryRun } }, body: collection }));
}

export function useUploadBoundaries() {
  return useInvalidatingMutation(uploadBoundaries, ['org-units', 'boundaries']);
}
