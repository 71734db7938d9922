import { api, atVersion, createOrReplace, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { Indicator, IndicatorInput } from '@/lib/api';

export function saveIndicator({ input, existing }: { input: IndicatorInput; existing?: Indicator }) {
  return createOrReplace(
    existing,
    () => api.POST('/api/v1/indicators', { body: input }),
    (params) => api.PUT('/api/v1/indicators/{id}', { params, body: input }),
  );
}

export function deleteIndicator(indicator: Indicator) {
  return unwrap(api.DELETE('/api/v1/indicators/{id}', { params: atVersion(indicator) }));
}

export function indicatorToInput(i: Indicator): IndicatorInput {
  return {
    code: i.code,
    planCode: i.planCode,
    nameVi: i.nameVi,
    nameEn: i.nameEn,
    unitVi: i.unitVi,
    unitEn: i.unitEn,
    periodType: i.periodType,
    valueKind: i.valueKind,
    itemsRequired: i.itemsRequired,
    itemFlagVi: i.itemFlagVi,
    itemFlagEn: i.itemFlagEn,
    numeratorCode: i.numeratorCode,
    numeratorVi: i.numeratorVi,
    numeratorEn: i.numeratorEn,
    denominatorCode: i.denominatorCode,
    denominatorVi: i.denominatorVi,
    denominatorEn: i.denominatorEn,
    reportingUnitTypes: i.reportingUnitTypes,
    reportingUnitCodes: i.reportingUnitCodes,
    active: i.active,
  };
}

/**
 * The same indicator switched on or off. (Object.assign rather than a spread literal: the
 * contract's anyOf makes IndicatorInput a union that refuses fresh literals with extra keys.)
 */
export function withActive(input: IndicatorInput, active: boolean): IndicatorInput {
  return Object.assign({}, input, { active });
}

export function useSaveIndicator() {
  return useInvalidatingMutation(saveIndicator, ['indicators']);
}

export function useDeleteIndicator() {
  return useInvalidatingMutation(deleteIndicator, ['indicators']);
}
