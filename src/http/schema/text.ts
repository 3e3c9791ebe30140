/**
 * Text fields of request schemas: `boundedText(max)` refuses text longer than `max`, NUL and
 * unpaired surrogates with 400 VALIDATION_FAILED naming the field; TEXT_LIMITS are the usual
 * maxima. Defined beside the services' own validation so both layers apply the same rule.
 */
export { boundedText, TEXT_LIMITS, text, textProblem } from '../../services/validation.ts';
