/**
 * The public portal's addresses and the small reshaping its pages need. The API gives approved
 * figures only, so "no value" always means "no approved report with a value".
 */
import type { I18n } from '@/i18n/i18n';
import type { ProgressStatus } from '@/lib/api';
import type { PublicTarget } from '@/lib/api';
import type { PublicUnit } from '@/lib/api';

const enc = encodeURIComponent;

export const portalPlanPath = (code: string) => `/portal/${enc(code)}`;
export const portalTargetPath = (code: string, target: string) => `/portal/${enc(code)}/targets/${enc(target)}`;
/** Served with `frame-ancestors *` by the backend and nginx: any site may frame it. */
export const embedPath = (code: string, target: string) => `/embed/targets/${enc(code)}/${enc(target)}`;

/** The `<iframe>` a news site pastes to show a target's chart. */
export function embedSnippet(origin: string, code: string, target: string, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${origin}${embedPath(code, target)}" title="${escaped}" width="600" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

const STATUS_ORDER: readonly ProgressStatus[] = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

/** How many targets have each status, in a fixed order, statuses without targets left out. */
export function statusCounts(targets: ReadonlyArray<Pick<PublicTarget, 'status'>>): Array<{ status: ProgressStatus; count: number }> {
  return STATUS_ORDER.map((status) => ({ status, count: targets.filter((t) => t.status === status).length })).filter((s) => s.count > 0);
}

/** A unit's approved value in words: "Có"/"Không" for a yes/no, "66,7 %" for a ratio, else the number; null when none. */
export function unitValueText(target: Pick<PublicTarget, 'valueKind'>, unit: Pick<PublicUnit, 'value'>, i18n: Pick<I18n, 't' | 'number' | 'percent'>): string | null {
  if (unit.value === null) return null;
  if (target.valueKind === 'BOOLEAN') return unit.value >= 1 ? i18n.t('common.yes') : i18n.t('common.no');
  return target.valueKind === 'RATIO' ? i18n.percent(unit.value) : i18n.number(unit.value);
}

/** The units in the shape the shared bar chart reads: a unit counts when it has an approved value. */
export function toChartUnits(units: readonly PublicUnit[]) {
  return [...units]
    .sort((a, b) => a.orgUnitCode.localeCompare(b.orgUnitCode, 'vi', { numeric: true }))
    .map((u) => ({ ...u, counted: u.value !== null }));
}
