import { convertUnit, splitUnit, unitDimension } from '../../../domain/numbers/units.ts';
import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import type { ProgressInput } from './record-progress.ts';

/** Project investment is kept in 亿元, as plan reports state it. */
export const INVESTMENT_UNIT = '亿元';
/** No single project invests more than this (亿元): above it the unit is wrong, not the project. */
const MAX_INVESTMENT = 1e5;
/** A completed quantity above this multiple of the target is a wrong unit or a typo. */
const MAX_TARGET_MULTIPLE = 1000;

export function invalid(field: string, reason: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}: ${reason}`, { field, reason });
}

/** A finite number within [0, max]; `field` names it in the error. */
function checkAmount(field: string, v: number | null | undefined, max: number, unit: string): void {
  if (v == null) return;
  if (!(Number.isFinite(v) && v >= 0)) throw invalid(field, '应为非负数 (must be a non-negative number)');
  if (v > max)
    throw invalid(field, `数值过大：超过 ${max} ${unit}，请检查单位 (implausibly large: check the unit)`);
}

/** A commitment's completed quantity in its base unit, from the unit it was reported in. */
export async function commitmentQuantity(
  store: Store,
  input: Extract<ProgressInput, { itemType: 'commitment' }>,
): Promise<{ value: number; written: { value: number; unit: string } }> {
  const c = await store.db
    .selectFrom('commitments')
    .select(['value', 'unit', 'normalized_unit', 'normalized_value'])
    .where('id', '=', input.itemId)
    .executeTakeFirstOrThrow();
  const unit = input.unit?.trim() || c.unit || c.normalized_unit;
  const value = convertUnit(input.completedQuantity, unit, c.normalized_unit);
  const same = unit === c.normalized_unit || splitUnit(unit).base === c.normalized_unit;
  const converted = value ?? (same ? input.completedQuantity : null);
  if (converted === null)
    throw invalid(
      'unit',
      `单位 ${unit} 无法换算为量化任务的单位 ${c.unit} (does not convert to ${c.normalized_unit})`,
    );
  const bound = Math.abs(c.normalized_value) * MAX_TARGET_MULTIPLE;
  if (bound > 0 && converted > bound)
    throw invalid(
      'completedQuantity',
      `完成量 ${input.completedQuantity}${unit} 超过目标 ${c.value}${c.unit} 的 ${MAX_TARGET_MULTIPLE} 倍，请检查单位 (over ${MAX_TARGET_MULTIPLE} × the target: wrong unit?)`,
    );
  return { value: converted, written: { value: input.completedQuantity, unit } };
}

/** Project investment in 亿元, from the money unit it was reported in. */
export function investmentIn100m(input: Extract<ProgressInput, { itemType: 'project' }>): {
  planned: number | null;
  completed: number | null;
} {
  const unit = input.investmentUnit?.trim() || INVESTMENT_UNIT;
  if (unitDimension(unit) !== 'money')
    throw invalid('investmentUnit', `投资额单位应为货币单位（亿元、万元、元）: ${unit}`);
  const to = (field: string, v: number | null | undefined) => {
    if (v == null) return null;
    if (!Number.isFinite(v) || v < 0) throw invalid(field, '应为非负数 (must be a non-negative number)');
    const converted = convertUnit(v, unit, INVESTMENT_UNIT)!;
    checkAmount(field, converted, MAX_INVESTMENT, INVESTMENT_UNIT);
    return converted;
  };
  return {
    planned: to('investmentPlanned', input.investmentPlanned),
    completed: to('investmentCompleted', input.investmentCompleted),
  };
}
