// Written by scripts/fit_page_shape.py from the development pages; do
// not edit by hand. A page reads as an article when BIAS plus the
// weighted sum of its measures is at least zero.
// 1881 page dumps, 5-fold cross-validation; margin 2.0 (mean cell gain +0.0104).
pub(super) const BIAS: f64 = 4.41795;
pub(super) const WEIGHTS: [f64; 15] = [
    6.75455, // run_share
    -11.8517, // good_share
    -6.01533, // near_good_share
    -0.825785, // short_share
    -1.60585, // sentence_share
    0.0437725, // words_per_block
    -17.6078, // digit_share
    -10.8231, // price_share
    6.20992, // run_score_share
    0.120612, // log_blocks
    3.56112, // decided_share
    0.984983, // log_good_blocks
    -7.12129, // run_block_share
    -3.70368, // run_position
    -2.71469, // second_run_ratio
];
