// The costs of the article finder's run score (see `RunCosts`). Set by
// hand when the finder was written (a Good block counts its length, as in
// jusText's classes summed). scripts/fit_run_costs.py, two-fold
// cross-validation by half, found no change that holds out (2026-12-01:
// fitted on half A, short 22.5 and boundary 160, half B -0.0026; fitted on
// B, near_good_gain 1.0 and open_near_good 0.0625, half A +0.0006), so
// they stay. The script rewrites this file when a fit holds out.
use super::RunCosts;

pub(super) const RUN_COSTS: RunCosts = RunCosts {
    short: 15.0,
    boundary: 80.0,
    lone_short: 5.0,
    near_good_gain: 0.5,
    open_near_good: 0.25,
};
