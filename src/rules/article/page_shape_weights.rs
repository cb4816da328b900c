// Written by scripts/fit_page_shape.py from the development pages; do
// not edit by hand. A page reads as an article when BIAS plus the
// weighted sum of its measures is at least zero.
// 1881 page dumps, 5-fold cross-validation; margin 1.25 (mean cell gain +0.0129).
pub(super) const BIAS: f64 = 5.83836;
pub(super) const WEIGHTS: [f64; 22] = [
    6.3204, // run_share
    -10.7819, // good_share
    -6.38381, // near_good_share
    -2.02938, // short_share
    -2.00675, // sentence_share
    0.03629, // words_per_block
    -20.1584, // digit_share
    -9.92171, // price_share
    4.84446, // run_score_share
    -0.0611795, // log_blocks
    5.30821, // decided_share
    1.18774, // log_good_blocks
    -6.86177, // run_block_share
    -3.7928, // run_position
    -2.60679, // second_run_ratio
    1.23714, // kind_dateline_share
    -17.1747, // kind_comments_share
    14.8757, // kind_share_share
    -6.46927, // kind_navigation_share
    -12.4081, // kind_code_share
    -0.804069, // kind_question_share
    -7.9626, // kind_heading_share
];
