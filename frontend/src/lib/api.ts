import type { components } from './api-types';

/** The API's resources under the names the SPA uses (all generated from openapi.yaml). */
type Schemas = components['schemas'];

export type OrgUnit = Schemas['OrgUnit'];
export type OrgUnitInput = Schemas['OrgUnitInput'];
export type OrgUnitType = Schemas['OrgUnitType'];
export type OrgUnitLineage = Schemas['OrgUnitLineage'];
export type ReorganisationInput = Schemas['ReorganisationInput'];
export type UnitType = Schemas['UnitType'];
export type UnitTypeInput = Schemas['UnitTypeInput'];
export type Plan = Schemas['Plan'];
export type PlanInput = Schemas['PlanInput'];
export type Indicator = Schemas['Indicator'];
export type IndicatorInput = Schemas['IndicatorInput'];
export type ValueKind = Schemas['ValueKind'];
export type PeriodType = Schemas['PeriodType'];
export type Target = Schemas['Target'];
export type TargetInput = Schemas['TargetInput'];
export type Aggregation = Schemas['Aggregation'];
export type TargetTiming = Schemas['TargetTiming'];
export type Period = Schemas['Period'];
export type Submission = Schemas['Submission'];
export type SubmissionValue = Schemas['SubmissionValue'];
export type SubmissionInput = Schemas['SubmissionInput'];
export type SubmissionUpdate = Schemas['SubmissionUpdate'];
export type SubmissionValueInput = Schemas['SubmissionValueInput'];
export type SubmissionStatus = Schemas['SubmissionStatus'];
export type ApiProblem = Schemas['Problem'];
export type PlanProgress = Schemas['PlanProgress'];
export type TargetProgress = Schemas['TargetProgress'];
export type ProgressStatus = Schemas['ProgressStatus'];
export type PeriodFigure = Schemas['PeriodFigure'];
export type UnitFigure = Schemas['UnitFigure'];
export type ReportState = Schemas['ReportState'];
export type PublicPlan = Schemas['PublicPlan'];
export type PublicPlanPage = Schemas['PublicPlanPage'];
export type PublicTarget = Schemas['PublicTarget'];
export type PublicPeriod = Schemas['PublicPeriod'];
export type PublicTargetPage = Schemas['PublicTargetPage'];
export type PublicUnit = Schemas['PublicUnit'];
export type BoundaryCollection = Schemas['BoundaryCollection'];
export type BoundaryUpload = Schemas['BoundaryUpload'];
export type GeoJsonUpload = Schemas['GeoJsonUpload'];

/** Enumerations in display order, for filters and forms (unit types are data: see hooks/use-unit-types). */
export const VALUE_KINDS: readonly ValueKind[] = ['NUMBER', 'COUNT', 'BOOLEAN', 'RATIO'];
export const PERIOD_TYPES: readonly PeriodType[] = ['YEARLY', 'QUARTERLY', 'MONTHLY'];
export const AGGREGATIONS: readonly Aggregation[] = ['SUM', 'RATIO_OF_SUMS', 'SHARE_OF_UNITS_MEETING', 'AVERAGE'];
export const TARGET_TIMINGS: readonly TargetTiming[] = ['EVERY_YEAR', 'BY_YEAR'];
export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];

/** The largest page the API serves; lists that are small by nature (units, indicators) are read whole. */
export const MAX_PAGE_SIZE = 500;
export type PlanDefinition = Schemas['PlanDefinition'];
export type PlanDefinitionSummary = Schemas['PlanDefinitionSummary'];
export type PlanCopyInput = Schemas['PlanCopyInput'];
