// The common scale that targets and gaps use: levels 0–4, and 25 points of a 0–100 score per level.
export const COMMON_SCALE_TOP = 4;
export const POINTS_PER_LEVEL = 100 / COMMON_SCALE_TOP;
/** Tolerance for comparing scores with thresholds, against floating-point error. */
export const SCORE_EPSILON = 1e-9;
