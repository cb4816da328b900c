// Written by scripts/fit_page_shape.py from the development pages; do
// not edit by hand. A page reads as an article when BIAS plus the
// weighted sum of its measures is at least zero.
// 1881 page dumps, 5-fold cross-validation; margin 2.0 (mean cell gain +0.0107).
pub(super) const BIAS: f64 = 4.67102;
pub(super) const WEIGHTS: [f64; 15] = [
    6.55341, // run_share
    -11.421, // good_share
    -5.83439, // near_good_share
    -1.02736, // short_share
    -1.76322, // sentence_share
    0.041465, // words_per_block
    -15.9448, // digit_share
    -10.7831, // price_share
    6.00575, // run_score_share
    0.0646045, // log_blocks
    3.36407, // decided_share
    1.00591, // log_good_blocks
    -6.88414, // run_block_share
    -3.67425, // run_position
    -2.60763, // second_run_ratio
];
